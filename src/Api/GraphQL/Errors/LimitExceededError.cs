namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>A configured limit was exceeded; the code says which.</summary>
internal sealed class LimitExceededError(string code, string field, string message) : GraphError(code, message)
{
    public string Field { get; } = field;
}
