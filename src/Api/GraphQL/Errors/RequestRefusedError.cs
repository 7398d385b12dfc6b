namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>A request the endpoint answers without executing it (bad body, wrong method, too large, timed out...), with its HTTP status.</summary>
internal sealed class RequestRefusedError(int statusCode, string code, string message) : GraphError(code, message), IHasPreferredStatusCode
{
    public int PreferredStatusCode { get; } = statusCode;
}
