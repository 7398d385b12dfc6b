using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

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

    public async Task<WriteOutcome> ApplyAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        var locked = await transaction.RunAsync(WriteLock, Neo4jGraphStore.WriteLockParameters(), cancellationToken);
        if (locked.Rows.Count == 0)
            throw new InvalidOperationException($"the Neo4j database has no GraphMeta node '{metaId}'; the store must be initialized (InitializeAsync) before writing");
        var version = locked.Single<long>("version");

        // Within a batch the last record with an id wins, as it would if the records were written one by one.
        var entities = batch.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        var relationships = batch.Relationships.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();

        var storedEntities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var chunk in entities.Chunk(chunkSize))
        {
            foreach (var entity in Neo4jGraphStore.ReadEntities(await transaction.RunAsync(EntitiesByIds, Ids(chunk.Select(e => e.Id)), cancellationToken)))
                storedEntities[entity.Id] = entity;
        }

        var storedRelationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        foreach (var chunk in relationships.Chunk(chunkSize))
        {
            foreach (var relationship in Neo4jGraphStore.ReadRelationships(await transaction.RunAsync(RelationshipsByIds, Ids(chunk.Select(r => r.Id)), cancellationToken)))
                storedRelationships[relationship.Id] = relationship;
        }

        int added = 0, changed = 0, unchanged = 0;
        var entityWrites = new List<Entity>();
        foreach (var entity in entities)
        {
            if (!storedEntities.TryGetValue(entity.Id, out var stored))
                added++;
            else if (stored.Equals(entity))
            {
                unchanged++;
                continue;
            }
            else
            {
                changed++;
                if (stored.Kind != entity.Kind)
                    await RunChunkedAsync(CypherCatalog.ForKind("entity-remove-label", stored.Kind), [stored.Id], id => id, "ids", cancellationToken);
            }

            entityWrites.Add(entity);
        }

        foreach (var group in entityWrites.GroupBy(e => e.Kind))
            await RunChunkedAsync(CypherCatalog.ForKind("entity-upsert", group.Key), [.. group], Neo4jRecords.EntityRow, "rows", cancellationToken);

        var relationshipWrites = new List<Relationship>();
        foreach (var relationship in relationships)
        {
            if (!storedRelationships.TryGetValue(relationship.Id, out var stored))
                added++;
            else if (stored.Equals(relationship))
            {
                unchanged++;
                continue;
            }
            else
            {
                changed++;
                // A relationship's type and endpoints are its identity in Neo4j; a change of either means a new relationship.
                if (stored.Type != relationship.Type || stored.From != relationship.From || stored.To != relationship.To)
                    await RunChunkedAsync(CypherCatalog.ForType("relationship-delete", stored.Type), [stored.Id], id => id, "ids", cancellationToken);
            }

            relationshipWrites.Add(relationship);
        }

        foreach (var group in relationshipWrites.GroupBy(r => r.Type))
        {
            var rows = group.ToList();
            var written = await RunChunkedAsync(CypherCatalog.ForType("relationship-upsert", group.Key), rows, Neo4jRecords.RelationshipRow, "rows", cancellationToken);
            if (written != rows.Count)
                throw new InvalidOperationException(await MissingEndpointMessageAsync(rows, cancellationToken));
        }

        if (added + changed > 0)
            version = (await transaction.RunAsync(VersionBump, new Dictionary<string, object?> { ["metaId"] = metaId }, cancellationToken)).Single<long>("version");
        return new WriteOutcome(added, changed, unchanged, version);
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
