namespace KnowledgeGraph.Analytics;

/// <summary>A path or influence query that cannot be answered as asked: which argument, why, and a stable error code.</summary>
public sealed class AnalyticsQueryException(string code, string argument, string message) : Exception(message)
{
    public const string NotFound = "NOT_FOUND";
    public const string MaxHopsExceeded = "MAX_HOPS_EXCEEDED";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string BadInput = "BAD_USER_INPUT";

    /// <summary>Stable code for clients (GraphQL <c>extensions.code</c>).</summary>
    public string Code { get; } = code;

    /// <summary>The argument at fault, as named in the API (<c>maxHops</c>, <c>from</c>...).</summary>
    public string Argument { get; } = argument;
}
