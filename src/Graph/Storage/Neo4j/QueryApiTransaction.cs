namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>An open explicit transaction; every request to it replays the cluster member affinity the server gave.</summary>
internal sealed class QueryApiTransaction
{
    private readonly QueryApiClient _client;
    private bool _closed;

    public QueryApiTransaction(QueryApiClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        Affinity = affinity;
    }

    public string Id { get; }
    public string? Affinity { get; }

    public Task<QueryApiResult> RunAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _client.RunInTransactionAsync(Id, Affinity, statement, parameters, cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _closed = true;
        await _client.CommitAsync(Id, Affinity, cancellationToken);
    }

    /// <summary>
    /// Rolls back after a failure. Neo4j already closed the transaction if a statement failed on its side,
    /// so an error here says nothing new and must not hide the original one.
    /// </summary>
    public async Task RollbackQuietlyAsync()
    {
        if (_closed)
            return;
        _closed = true;
        try
        {
            await _client.RollbackAsync(Id, Affinity, CancellationToken.None);
        }
        catch (Neo4jQueryException)
        {
            // The original failure is what the caller needs to see.
        }
    }
}
