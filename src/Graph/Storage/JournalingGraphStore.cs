using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>
/// A store that records each write and deletion that changed it in a <see cref="StoreChangeJournal"/>, after it
/// committed. A deletion reports no version, so it is recorded at the version read right after it: never lower than the
/// one it produced, and when another write came between, that version has two entries or none and is not used.
/// </summary>
internal sealed class JournalingGraphStore(IGraphStore inner, StoreChangeJournal journal) : IGraphStore
{
    public string Kind => inner.Kind;

    public async Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        var outcome = await inner.WriteAsync(batch, cancellationToken);
        if (outcome.Added + outcome.Changed > 0)
            journal.Record(new StoreChange(outcome.Version, batch.Relationships, []));
        return outcome;
    }

    public async Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        var deleted = await inner.DeleteRelationshipAsync(id, cancellationToken);
        if (deleted)
            journal.Record(new StoreChange(await inner.GetVersionAsync(CancellationToken.None), [], [id]));
        return deleted;
    }

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) => inner.GetVersionAsync(cancellationToken);

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) => inner.GetEntityAsync(id, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) => inner.GetRelationshipAsync(id, cancellationToken);

    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default) =>
        inner.GetRelationshipsOfAsync(entityId, query, cancellationToken);

    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken = default) => inner.StreamEntitiesAsync(cancellationToken);

    public IAsyncEnumerable<Relationship> StreamRelationshipsAsync(CancellationToken cancellationToken = default) => inner.StreamRelationshipsAsync(cancellationToken);

    public IAsyncEnumerable<EdgeRecord> StreamEdgesAsync(CancellationToken cancellationToken = default) => inner.StreamEdgesAsync(cancellationToken);

    public Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(text, kinds, first, cancellationToken);

    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetDocumentsAsync(ids, cancellationToken);

    public IAsyncEnumerable<Document> StreamDocumentsAsync(CancellationToken cancellationToken = default) => inner.StreamDocumentsAsync(cancellationToken);

    public Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetCitationsAsync(documentId, cancellationToken);

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
