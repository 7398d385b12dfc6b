namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>What the HTTP layer learned about a request that validation rules need.</summary>
internal sealed class GraphUserContext : Dictionary<string, object?>
{
    public required bool IsAuthenticated { get; init; }

    public required bool IsHttpGet { get; init; }

    /// <summary>Whom rate limits count against: the matching API key's position when authenticated, else the remote address.</summary>
    public required string Client { get; init; }
}
