using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Applies one batch inside one explicit transaction: takes the write lock, reads what is stored under the batch's ids,
/// writes only records that are new or differ, and raises the version when anything changed. Any failure rolls all of it back.
/// </summary>
internal sealed class Neo4jBatchWrite(QueryApiTransaction transaction, int chunkSize, string metaId)
{
    private static readonly CypherStatement WriteLock = CypherCatalog.Get("write-lock");
    private static readonly CypherStatement VersionBump = CypherCatalog.Get("version-bump");
    private static readonly CypherStatement EntitiesByIds = CypherCatalog.Get("entities-by-ids");
    private static readonly CypherStatement RelationshipsByIds = CypherCatalog.ForAllTypes("relationships-by-ids");
    private static readonly CypherStatement DocumentsByIds = CypherCatalog.Get("documents-by-ids");
    private static readonly CypherStatement DocumentUpsert = CypherCatalog.Get("document-upsert");

    private int _added;
    private int _changed;
    private int _unchanged;

    public async Task<WriteOutcome> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        var locked = await transaction.RunAsync(WriteLock, Neo4jGraphStore.WriteLockParameters(), cancellationToken);
        if (locked.Rows.Count == 0)
            throw new InvalidOperationException($"the Neo4j database has no GraphMeta node '{metaId}'; the store must be initialized (InitializeAsync) before writing");
        var version = locked.Single<long>("version");

        var documents = await DiffAsync(batch.Documents, d => d.Id, DocumentsByIds, Neo4jDocuments.Read, cancellationToken);
        var entities = await DiffAsync(batch.Entities, e => e.Id, EntitiesByIds, Neo4jGraphStore.ReadEntities, cancellationToken);
        var relationships = await DiffAsync(batch.Relationships, r => r.Id, RelationshipsByIds, Neo4jGraphStore.ReadRelationships, cancellationToken);

        await RunChunkedAsync(DocumentUpsert, [.. documents.Select(d => d.Record)], Neo4jDocuments.Row, "rows", cancellationToken);

        foreach (var (entity, stored) in entities)
        {
            if (stored is not null && stored.Kind != entity.Kind)
                await RunChunkedAsync(CypherCatalog.ForKind("entity-remove-label", stored.Kind), [stored.Id], id => id, "ids", cancellationToken);
        }

        foreach (var group in entities.Select(e => e.Record).GroupBy(e => e.Kind))
            await RunChunkedAsync(CypherCatalog.ForKind("entity-upsert", group.Key), [.. group], Neo4jRecords.EntityRow, "rows", cancellationToken);

        foreach (var (relationship, stored) in relationships)
        {
            // A relationship's type and endpoints are its identity in Neo4j; a change of either means a new relationship.
            if (stored is not null && (stored.Type != relationship.Type || stored.From != relationship.From || stored.To != relationship.To))
                await RunChunkedAsync(CypherCatalog.ForType("relationship-delete", stored.Type), [stored.Id], id => id, "ids", cancellationToken);
        }

        foreach (var group in relationships.Select(r => r.Record).GroupBy(r => r.Type))
        {
            var rows = group.ToList();
            var written = await RunChunkedAsync(CypherCatalog.ForType("relationship-upsert", group.Key), rows, Neo4jRecords.RelationshipRow, "rows", cancellationToken);
            if (written != rows.Count)
                throw new MissingEndpointException(await MissingEndpointMessageAsync(rows, cancellationToken));
        }

        if (_added + _changed > 0)
            version = (await transaction.RunAsync(VersionBump, new Dictionary<string, object?> { ["metaId"] = metaId }, cancellationToken)).Single<long>("version");
        return new WriteOutcome(_added, _changed, _unchanged, version);
    }

    /// <summary>
    /// The records that are new or differ from what is stored under their id, each with the stored one (null when new),
    /// counting the added, changed and unchanged. Within a batch the last record with an id wins, as it would if the
    /// records were written one by one.
    /// </summary>
    private async Task<List<(T Record, T? Stored)>> DiffAsync<T>(
        IEnumerable<T> batch, Func<T, string> id, CypherStatement byIds, Func<QueryApiResult, List<T>> read, CancellationToken cancellationToken)
        where T : class
    {
        var records = batch.GroupBy(id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var stored = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var chunk in records.Chunk(chunkSize))
        {
            foreach (var record in read(await transaction.RunAsync(byIds, Ids(chunk.Select(id)), cancellationToken)))
                stored[id(record)] = record;
        }

        var writes = new List<(T, T?)>();
        foreach (var record in records)
        {
            var old = stored.GetValueOrDefault(id(record));
            if (old is null)
                _added++;
            else if (old.Equals(record))
            {
                _unchanged++;
                continue;
            }
            else
            {
                _changed++;
            }

            writes.Add((record, old));
        }

        return writes;
    }

    private async Task<long> RunChunkedAsync<T>(CypherStatement statement, IReadOnlyList<T> items, Func<T, object> row, string parameter, CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var chunk in items.Chunk(chunkSize))
        {
            var result = await transaction.RunAsync(statement, new Dictionary<string, object?> { [parameter] = chunk.Select(row).ToArray() }, cancellationToken);
            if (result.Rows.Count == 1 && result.Fields.Count == 1)
                total += (long)result.Rows[0][0]!;
        }

        return total;
    }

    private static Dictionary<string, object?> Ids(IEnumerable<string> ids) => new() { ["ids"] = ids.ToArray() };

    private async Task<string> MissingEndpointMessageAsync(List<Relationship> rows, CancellationToken cancellationToken)
    {
        var endpoints = rows.SelectMany(r => new[] { r.From, r.To }).Distinct(StringComparer.Ordinal).ToList();
        var existing = Neo4jGraphStore.ReadEntities(await transaction.RunAsync(EntitiesByIds, Ids(endpoints), cancellationToken))
            .Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var missing = rows.Where(r => !existing.Contains(r.From) || !existing.Contains(r.To)).Take(5)
            .Select(r => $"{r.Id} ({(existing.Contains(r.From) ? r.To : r.From)} does not exist)");
        return "relationships refer to entities that do not exist, so nothing was written: " + string.Join(", ", missing);
    }
}
