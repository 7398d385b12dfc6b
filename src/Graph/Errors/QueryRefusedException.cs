namespace KnowledgeGraph.Errors;

/// <summary>
/// A query that cannot be answered as asked: the argument at fault and the stable code a client sees
/// (one of <see cref="ErrorCodes"/>), both decided where the refusal arises.
/// </summary>
public abstract class QueryRefusedException(string code, string argument, string message) : Exception(message)
{
    /// <summary>Stable code for clients (GraphQL <c>extensions.code</c>).</summary>
    public string Code { get; } = code;

    /// <summary>The argument at fault, as named in the API (<c>maxHops</c>, <c>from</c>...).</summary>
    public string Argument { get; } = argument;
}
