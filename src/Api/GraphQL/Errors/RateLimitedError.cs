namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>The client has used its permits for mutations and heavy queries in the current window (RATE_LIMITED, HTTP 429).</summary>
internal sealed class RateLimitedError(TimeSpan retryAfter) : RetryLaterError(ErrorCodes.RateLimited,
    "Too many mutations or heavy queries from this client; retry after the time in extensions.retryAfterSeconds.", retryAfter)
{
    public override int PreferredStatusCode => StatusCodes.Status429TooManyRequests;
}
