using System.Diagnostics;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Telemetry;

/// <summary>
/// Wraps either store so every call is a span (<c>store.&lt;operation&gt;</c>, tagged with the store's kind) and a
/// duration in <see cref="GraphTelemetry.StoreCallDuration"/>; a failing call marks its span as an error. One place for
/// both backends, so a store never forgets a call.
/// </summary>
public sealed class TracedGraphStore(IGraphStore inner) : IGraphStore
{
    /// <summary>The store every call is passed to.</summary>
    public IGraphStore Inner => inner;

    /// <inheritdoc />
    public string Kind => inner.Kind;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken = default) =>
        TraceAsync("initialize", () => inner.InitializeAsync(cancellationToken));

    /// <inheritdoc />
    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default) =>
        TraceAsync("get_version", () => inner.GetVersionAsync(cancellationToken));

    /// <inheritdoc />
    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        TraceAsync("get_entity", () => inner.GetEntityAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        TraceAsync("get_entities", () => inner.GetEntitiesAsync(ids, cancellationToken), ids.Count);

    /// <inheritdoc />
    public Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        TraceAsync("get_relationship", () => inner.GetRelationshipAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        TraceAsync("get_relationships", () => inner.GetRelationshipsAsync(ids, cancellationToken), ids.Count);

    /// <inheritdoc />
    public Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default) =>
        TraceAsync("get_relationships_of", () => inner.GetRelationshipsOfAsync(entityId, query, cancellationToken));

    /// <inheritdoc />
    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken = default) =>
        TraceStream("stream_entities", inner.StreamEntitiesAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Relationship> StreamRelationshipsAsync(CancellationToken cancellationToken = default) =>
        TraceStream("stream_relationships", inner.StreamRelationshipsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EdgeRecord> StreamEdgesAsync(CancellationToken cancellationToken = default) =>
        TraceStream("stream_edges", inner.StreamEdgesAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default) =>
        TraceAsync("search", () => inner.SearchAsync(text, kinds, first, cancellationToken));

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        TraceAsync("get_documents", () => inner.GetDocumentsAsync(ids, cancellationToken), ids.Count);

    /// <inheritdoc />
    public IAsyncEnumerable<Document> StreamDocumentsAsync(CancellationToken cancellationToken = default) =>
        TraceStream("stream_documents", inner.StreamDocumentsAsync(cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default) =>
        TraceAsync("get_citations", () => inner.GetCitationsAsync(documentId, cancellationToken));

    /// <inheritdoc />
    public Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default) =>
        TraceAsync("write", () => inner.WriteAsync(batch, cancellationToken));

    /// <inheritdoc />
    public Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default) =>
        TraceAsync("delete_relationship", () => inner.DeleteRelationshipAsync(id, cancellationToken));

    /// <inheritdoc />
    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        TraceAsync("get_statistics", () => inner.GetStatisticsAsync(cancellationToken));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task TraceAsync(string operation, Func<Task> call) =>
        await TraceAsync(operation, async () => { await call(); return true; });

    private async Task<T> TraceAsync<T>(string operation, Func<Task<T>> call, int? items = null)
    {
        using var activity = Start(operation, items);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            Record(operation, started);
        }
    }

    private async IAsyncEnumerable<T> TraceStream<T>(string operation, IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var activity = Start(operation, items: null);
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        try
        {
            await foreach (var item in stream.WithCancellation(cancellationToken))
            {
                count++;
                yield return item;
            }
        }
        finally
        {
            activity?.SetTag("kg.store.items", count);
            Record(operation, started);
        }
    }

    private Activity? Start(string operation, int? items)
    {
        var activity = GraphTelemetry.Traces.StartActivity($"store.{operation}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system", inner.Kind);
            activity.SetTag("db.operation.name", operation);
            if (items is { } n)
                activity.SetTag("kg.store.items", n);
        }

        return activity;
    }

    private void Record(string operation, long started) =>
        GraphTelemetry.StoreCallDuration.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("db.system", inner.Kind),
            new KeyValuePair<string, object?>("db.operation.name", operation));
}
