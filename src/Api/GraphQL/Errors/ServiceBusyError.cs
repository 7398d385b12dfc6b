namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>A heavy computation was refused because every slot is taken or the service is stopping (SERVICE_BUSY).</summary>
internal sealed class ServiceBusyError(string message, TimeSpan retryAfter) : RetryLaterError(ErrorCodes.ServiceBusy, message, retryAfter);
