using System.Collections.Concurrent;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage.Caching;

/// <summary>
/// Serves entities, relationships, relationships of an entity and documents from memory for the store version a read
/// finds, so answers need no store round trip per record, only a version check. Records are kept by version: a read
/// that finds another version (a write here or by another process) starts over, so a record is never older than the
/// version that answered. Within a request (<see cref="RecordReadScope"/>) the version is checked once. Everything else
/// passes through to the store.
/// </summary>
public sealed class CachedGraphStore(IGraphStore inner, int capacity = CachedGraphStore.DefaultCapacity) : IGraphStore
{
    /// <summary>Records and lists kept per version; past it reads go to the store until the next version.</summary>
    public const int DefaultCapacity = 200_000;

    private RecordGeneration? _current;

    /// <inheritdoc />
    public string Kind => inner.Kind;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) => inner.GetVersionAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        if (generation.Entities.TryGetValue(id, out var entity))
            return entity;
        entity = await inner.GetEntityAsync(id, cancellationToken);
        generation.Remember(generation.Entities, id, entity);
        return entity;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        return await ReadByIdsAsync(generation, generation.Entities, ids, inner.GetEntitiesAsync, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        if (generation.Relationships.TryGetValue(id, out var relationship))
            return relationship;
        relationship = await inner.GetRelationshipAsync(id, cancellationToken);
        generation.Remember(generation.Relationships, id, relationship);
        return relationship;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        return await ReadByIdsAsync(generation, generation.Relationships, ids, inner.GetRelationshipsAsync, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        var key = RelationshipsOfKey.Of(entityId, query);
        if (generation.RelationshipsOf.TryGetValue(key, out var cached))
            return cached;
        var relationships = await inner.GetRelationshipsOfAsync(entityId, query, cancellationToken);
        // Callers get a list they may not change: the cached one is shared by every later request.
        var shared = relationships.ToArray();
        generation.Remember<RelationshipsOfKey, IReadOnlyList<Relationship>>(generation.RelationshipsOf, key, shared, 1 + shared.Length);
        return shared;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken = default) => inner.StreamEntitiesAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Relationship> StreamRelationshipsAsync(CancellationToken cancellationToken = default) => inner.StreamRelationshipsAsync(cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EdgeRecord> StreamEdgesAsync(CancellationToken cancellationToken = default) => inner.StreamEdgesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(text, kinds, first, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var generation = await CurrentAsync(cancellationToken);
        return await ReadByIdsAsync(generation, generation.Documents, ids, inner.GetDocumentsAsync, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Document> StreamDocumentsAsync(CancellationToken cancellationToken = default) => inner.StreamDocumentsAsync(cancellationToken);

    /// <inheritdoc />
    public Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default) => inner.GetCitationsAsync(documentId, cancellationToken);

    /// <inheritdoc />
    public async Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.WriteAsync(batch, cancellationToken);
        }
        finally
        {
            Forget();
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.DeleteRelationshipAsync(id, cancellationToken);
        }
        finally
        {
            Forget();
        }
    }

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => inner.GetStatisticsAsync(cancellationToken);

    /// <summary>Disposes the store it wraps (a store may be disposed more than once: the API's container disposes both).</summary>
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    /// <summary>
    /// The generation of the request's version (<see cref="RecordReadScope"/>), else of the version the store is at now,
    /// started afresh when the store is at another one: whatever is put in it from then on is read after that version was seen.
    /// </summary>
    private async ValueTask<RecordGeneration> CurrentAsync(CancellationToken cancellationToken)
    {
        var scope = RecordReadScope.Active;
        if (scope?.Generation is { } held && held.Owner == this)
            return held;
        var version = await inner.GetVersionAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is null || current.Version != version)
        {
            var fresh = new RecordGeneration(this, version, capacity);
            Interlocked.CompareExchange(ref _current, fresh, current);
            current = fresh;
        }

        if (scope is not null)
            scope.Generation = current;
        return current;
    }

    /// <summary>Frees the records a write may have changed (the next read sees the new version anyway) and ends the request's version.</summary>
    private void Forget()
    {
        Volatile.Write(ref _current, null);
        if (RecordReadScope.Active is { } scope)
            scope.Generation = null;
    }

    private static async Task<IReadOnlyDictionary<string, T>> ReadByIdsAsync<T>(
        RecordGeneration generation, ConcurrentDictionary<string, T?> records, IReadOnlyCollection<string> ids,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> read, CancellationToken cancellationToken)
        where T : class
    {
        var found = new Dictionary<string, T>(ids.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var id in ids)
        {
            if (records.TryGetValue(id, out var record))
            {
                if (record is not null)
                    found[id] = record;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
            return found;
        var stored = await read(missing, cancellationToken);
        foreach (var id in missing)
        {
            var record = stored.GetValueOrDefault(id);
            generation.Remember(records, id, record);
            if (record is not null)
                found[id] = record;
        }

        return found;
    }
}
