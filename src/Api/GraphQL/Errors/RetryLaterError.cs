namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>A refusal that a later retry can succeed: <c>extensions.retryAfterSeconds</c> and the HTTP Retry-After header say when.</summary>
internal abstract class RetryLaterError(string code, string message, TimeSpan retryAfter) : GraphError(code, message), IHasPreferredStatusCode
{
    /// <summary>Whole seconds, rounded up, as Retry-After wants them (at least 1).</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));

    public abstract int PreferredStatusCode { get; }
}
