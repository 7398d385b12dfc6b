namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>
/// A heavy computation was refused because every slot is taken or the service is stopping (SERVICE_BUSY, HTTP 503
/// when nothing was answered; beside data a field error like any other).
/// </summary>
internal sealed class ServiceBusyError(string message, TimeSpan retryAfter) : RetryLaterError(ErrorCodes.ServiceBusy, message, retryAfter)
{
    public override int PreferredStatusCode => StatusCodes.Status503ServiceUnavailable;
}
