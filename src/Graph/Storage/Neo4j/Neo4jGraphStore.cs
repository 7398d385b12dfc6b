using System.Globalization;
using System.Runtime.CompilerServices;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over the HTTP Query API. Entities are nodes labelled <c>:Entity</c> plus their kind's label,
/// relationships are typed by the ontology table. A batch is one explicit transaction; reads carry the bookmarks of
/// this store's last write, so a caller always reads what it wrote, also on a cluster.
/// </summary>
internal sealed partial class Neo4jGraphStore : IGraphStore
{
    private const string MetaId = "graph";
    private static readonly CypherStatement MetaEnsure = CypherCatalog.Get("meta-ensure");
    private static readonly CypherStatement Version = CypherCatalog.Get("version");
    private static readonly CypherStatement WriteLock = CypherCatalog.Get("write-lock");
    private static readonly CypherStatement VersionBump = CypherCatalog.Get("version-bump");
    private static readonly CypherStatement EntitiesByIds = CypherCatalog.Get("entities-by-ids");
    private static readonly CypherStatement EntitiesPage = CypherCatalog.Get("entities-page");
    private static readonly CypherStatement RelationshipsByIds = CypherCatalog.ForAllTypes("relationships-by-ids");
    private static readonly CypherStatement RelationshipsOf = CypherCatalog.Get("relationships-of");
    private static readonly CypherStatement Search = CypherCatalog.Get("search");
    private static readonly CypherStatement EntityCounts = CypherCatalog.Get("entity-counts");
    private static readonly CypherStatement RelationshipCounts = CypherCatalog.Get("relationship-counts");
    private static readonly string[] UndirectedTypes = [.. GraphOntology.Relationships.Where(r => !r.Directed).Select(r => r.Name)];

    private readonly QueryApiClient _client;
    private readonly Neo4jOptions _options;

    /// <param name="options">Validated here; every problem is reported at once.</param>
    /// <param name="http">A client to send requests with (its lifetime stays the caller's); null creates one.</param>
    public Neo4jGraphStore(Neo4jOptions options, HttpClient? http = null)
    {
        _client = new QueryApiClient(options, http);
        _options = options;
    }

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in CypherCatalog.Schema())
            await _client.WriteAsync(statement, NoParameters, cancellationToken);
        await _client.WriteAsync(MetaEnsure, Meta(), cancellationToken);
    }

    public string Kind => "neo4j";

    public async Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        (await _client.ReadAsync(Version, Meta(), cancellationToken)).Single<long>("version");

    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetEntitiesAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return new Dictionary<string, Entity>();
        var result = await _client.ReadAsync(EntitiesByIds, new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToArray() }, cancellationToken);
        return ReadEntities(result).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        (await GetRelationshipsAsync([id], cancellationToken)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return new Dictionary<string, Relationship>();
        var result = await _client.ReadAsync(RelationshipsByIds, new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToArray() }, cancellationToken);
        return ReadRelationships(result).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["id"] = entityId,
            ["types"] = query.Types?.Select(t => t.Name()).ToArray(),
            ["from"] = query.Window.From.ToString(Neo4jRecords.DayFormat, CultureInfo.InvariantCulture),
            ["to"] = query.Window.To.ToString(Neo4jRecords.DayFormat, CultureInfo.InvariantCulture),
            ["direction"] = query.Direction.ToString().ToUpperInvariant(),
            ["possible"] = query.Window.Evidence == EvidenceMode.Possible,
            ["undirected"] = UndirectedTypes,
        };
        return ReadRelationships(await _client.ReadAsync(RelationshipsOf, parameters, cancellationToken));
    }

    public async IAsyncEnumerable<Entity> StreamEntitiesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            var result = await _client.ReadAsync(EntitiesPage, Page(after), cancellationToken);
            var page = ReadEntities(result);
            foreach (var entity in page)
                yield return entity;
            if (page.Count < _options.PageSize)
                yield break;
            after = page[^1].Id;
        }
    }

    public async IAsyncEnumerable<Relationship> StreamRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Each type is paged along its own id index; merging the sorted per-type streams yields global id order.
        var streams = new List<IAsyncEnumerator<Relationship>>();
        try
        {
            foreach (var rule in GraphOntology.Relationships)
            {
                var stream = StreamRelationshipsOfTypeAsync(rule.Type, cancellationToken).GetAsyncEnumerator(cancellationToken);
                if (await stream.MoveNextAsync())
                    streams.Add(stream);
                else
                    await stream.DisposeAsync();
            }

            while (streams.Count > 0)
            {
                var next = 0;
                for (var i = 1; i < streams.Count; i++)
                {
                    if (string.CompareOrdinal(streams[i].Current.Id, streams[next].Current.Id) < 0)
                        next = i;
                }

                yield return streams[next].Current;
                if (!await streams[next].MoveNextAsync())
                {
                    await streams[next].DisposeAsync();
                    streams.RemoveAt(next);
                }
            }
        }
        finally
        {
            foreach (var stream in streams)
                await stream.DisposeAsync();
        }
    }

    public async IAsyncEnumerable<EdgeRecord> StreamEdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var rule in GraphOntology.Relationships)
        {
            var statement = CypherCatalog.ForType("edges-page", rule.Type);
            var after = string.Empty;
            while (true)
            {
                var result = await _client.ReadAsync(statement, Page(after), cancellationToken);
                int id = result.Column("id"), from = result.Column("from"), to = result.Column("to");
                int validFrom = result.Column("validFrom"), validTo = result.Column("validTo"), attestedFrom = result.Column("attestedFrom"), attestedTo = result.Column("attestedTo");
                foreach (var row in result.Rows)
                {
                    var time = new RelationshipTime(Date(row[validFrom]), Date(row[validTo]), Date(row[attestedFrom]), Date(row[attestedTo]));
                    yield return new EdgeRecord((string)row[id]!, rule.Type, (string)row[from]!, (string)row[to]!, EdgeDays.Of(time));
                }

                if (result.Rows.Count < _options.PageSize)
                    break;
                after = (string)result.Rows[^1][id]!;
            }
        }
    }

    public async Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default)
    {
        var folded = SearchText.Fold(text);
        if (folded.Length == 0 || first <= 0 || kinds is { Count: 0 })
            return [];
        var parameters = new Dictionary<string, object?>
        {
            ["text"] = folded,
            ["labels"] = kinds?.Select(k => GraphOntology.Definition(k).Label).ToArray(),
            ["first"] = first,
        };
        return ReadEntities(await _client.ReadAsync(Search, parameters, cancellationToken));
    }

    public Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        _client.ExecuteWriteAsync((transaction, token) => new Neo4jBatchWrite(transaction, _options.WriteChunkSize, MetaId).ApplyAsync(batch, token), cancellationToken);

    public Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        _client.ExecuteWriteAsync(async (transaction, token) =>
        {
            await transaction.RunAsync(WriteLock, WriteLockParameters(), token);
            var found = await transaction.RunAsync(RelationshipsByIds, new Dictionary<string, object?> { ["ids"] = new[] { id } }, token);
            var existing = ReadRelationships(found);
            if (existing.Count == 0)
                return false;
            await transaction.RunAsync(CypherCatalog.ForType("relationship-delete", existing[0].Type), new Dictionary<string, object?> { ["ids"] = new[] { id } }, token);
            await transaction.RunAsync(VersionBump, Meta(), token);
            return true;
        }, cancellationToken);

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var version = await GetVersionAsync(cancellationToken);
        var entities = await _client.ReadAsync(EntityCounts, NoParameters, cancellationToken);
        var relationships = await _client.ReadAsync(RelationshipCounts, NoParameters, cancellationToken);
        var byKind = GraphOntology.Kinds.ToDictionary(k => k.Kind, _ => 0L);
        int label = entities.Column("label"), entityCount = entities.Column("count");
        foreach (var row in entities.Rows)
        {
            var definition = GraphOntology.Kinds.FirstOrDefault(k => k.Label == (string)row[label]!);
            if (definition is not null)
                byKind[definition.Kind] += (long)row[entityCount]!;
        }

        var byType = GraphOntology.Relationships.ToDictionary(r => r.Type, _ => 0L);
        int type = relationships.Column("type"), relationshipCount = relationships.Column("count");
        foreach (var row in relationships.Rows)
            byType[Neo4jRecords.TypeOf((string)row[type]!)] += (long)row[relationshipCount]!;
        return new GraphStatistics(byKind, byType, version);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static IReadOnlyDictionary<string, object?> Meta() => new Dictionary<string, object?> { ["metaId"] = MetaId };

    internal static IReadOnlyDictionary<string, object?> WriteLockParameters() =>
        new Dictionary<string, object?> { ["metaId"] = MetaId, ["writeId"] = Guid.NewGuid().ToString("N") };

    internal static List<Entity> ReadEntities(QueryApiResult result)
    {
        var column = result.Column("e");
        return [.. result.Rows.Select(row => Neo4jRecords.ToEntity((Neo4jNode)row[column]!))];
    }

    internal static List<Relationship> ReadRelationships(QueryApiResult result)
    {
        int r = result.Column("r"), from = result.Column("from"), to = result.Column("to");
        return [.. result.Rows.Select(row => Neo4jRecords.ToRelationship((Neo4jRelationship)row[r]!, (string)row[from]!, (string)row[to]!))];
    }

    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    private static PartialDate? Date(object? text) => text is string date ? PartialDate.Parse(date) : null;

    private Dictionary<string, object?> Page(string after) => new() { ["after"] = after, ["limit"] = _options.PageSize };

    private async IAsyncEnumerable<Relationship> StreamRelationshipsOfTypeAsync(RelationshipType type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var statement = CypherCatalog.ForType("relationships-page", type);
        var after = string.Empty;
        while (true)
        {
            var page = ReadRelationships(await _client.ReadAsync(statement, Page(after), cancellationToken));
            foreach (var relationship in page)
                yield return relationship;
            if (page.Count < _options.PageSize)
                yield break;
            after = page[^1].Id;
        }
    }
}
