using System.Diagnostics;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Telemetry;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// Answers path and influence questions on an in-memory projection of the active store. It keeps one snapshot per store
/// version: after a write the next query builds the new one once (concurrent queries share that build) while queries
/// already running keep the old one. Paths follow relationships regardless of their direction, since analysts read
/// cooperation links both ways; only relationships valid in the window are walked.
/// Snapshot builds, whole-graph scores that are not cached and k-shortest paths (k &gt; 1) are heavy: each takes a slot of
/// <paramref name="heavy"/> (or is refused at once) and stops when its caller's token is cancelled or the service stops.
/// </summary>
public sealed class GraphAnalytics(IGraphStore store, HeavyComputations heavy)
{
    private readonly Lock _gate = new();
    private SnapshotState? _current;
    private SharedComputation<SnapshotState>? _building;

    /// <summary>The store version of the newest snapshot built, or null before the first build (readiness reports it).</summary>
    public long? SnapshotVersion
    {
        get
        {
            lock (_gate)
                return _current?.Snapshot.Version;
        }
    }

    /// <summary>The fewest-hops path from one entity to another, or null when none exists within <paramref name="maxHops"/>.</summary>
    public async Task<PathResult?> ShortestPathAsync(string from, string to, DateWindow window, int maxHops = 6, CancellationToken cancellationToken = default)
    {
        CheckMaxHops(maxHops);
        var paths = await FindPathsAsync(from, to, window, maxHops, k: 1, cancellationToken);
        return paths.Count == 0 ? null : paths[0];
    }

    /// <summary>Up to <paramref name="k"/> simple paths (distinct entity sequences), fewest hops first.</summary>
    public Task<IReadOnlyList<PathResult>> PathsAsync(string from, string to, int k, DateWindow window, int maxHops = 6, CancellationToken cancellationToken = default)
    {
        CheckMaxHops(maxHops);
        if (k is < 1 or > AnalyticsLimits.MaxPaths)
            throw new AnalyticsQueryException(AnalyticsQueryException.LimitExceeded, "k", $"k must be between 1 and {AnalyticsLimits.MaxPaths}; got {k}");
        return FindPathsAsync(from, to, window, maxHops, k, cancellationToken);
    }

    /// <summary>The top entities by the chosen centrality over relationships valid in the window.</summary>
    /// <exception cref="HeavyComputationsBusyException">The scores are not cached and every heavy slot is taken.</exception>
    public async Task<IReadOnlyList<InfluenceResult>> InfluenceAsync(InfluenceQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Top is < 1 or > AnalyticsLimits.MaxTop)
            throw new AnalyticsQueryException(AnalyticsQueryException.LimitExceeded, "top", $"top must be between 1 and {AnalyticsLimits.MaxTop}; got {query.Top}");
        if (query.Around is not null && query.Algorithm != InfluenceAlgorithm.PageRank)
            throw new AnalyticsQueryException(AnalyticsQueryException.BadInput, "around", "around personalises PageRank; it cannot be combined with another algorithm");
        if (query.Around is not null)
            await RequireEntityAsync(query.Around, "around", cancellationToken);

        var state = await CurrentAsync(cancellationToken);
        var graph = state.Snapshot;
        var filter = graph.Filter(query.Window);
        int? around = null;
        if (query.Around is not null)
        {
            if (!graph.TryGetNode(query.Around, out var node))
                return [];
            around = node;
        }

        var scores = await state.ScoresAsync(
            $"{query.Algorithm}:{filter.Key}:{around}", token => Score(graph, filter, query.Algorithm, around, token), heavy, cancellationToken);
        var kinds = KindMask(query.Kinds);
        var nodeKinds = graph.NodeKinds;
        // Only entities with a relationship in the window are ranked: one outside it scores 0 yet is no answer.
        var ranked = Ranking.Top(scores, query.Top, v => ((kinds >> nodeKinds[v]) & 1u) != 0 && graph.HasRelationshipIn(v, filter));
        var entities = await store.GetEntitiesAsync([.. ranked.Select(r => graph.NodeIds[r.Node])], cancellationToken);
        var results = new List<InfluenceResult>(ranked.Length);
        foreach (var entry in ranked)
        {
            if (entities.TryGetValue(graph.NodeIds[entry.Node], out var entity))
                results.Add(new InfluenceResult(results.Count + 1, entry.Score, entity));
        }

        return results;
    }

    /// <summary>Size of the current projection (built if needed).</summary>
    public async Task<ProjectionInfo> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var graph = (await CurrentAsync(cancellationToken)).Snapshot;
        return new ProjectionInfo(graph.Version, graph.NodeCount, graph.EdgeCount, graph.SizeInBytes, graph.BytesPerRelationship);
    }

    private async Task<IReadOnlyList<PathResult>> FindPathsAsync(string from, string to, DateWindow window, int maxHops, int k, CancellationToken cancellationToken)
    {
        await RequireEntityAsync(from, "from", cancellationToken);
        await RequireEntityAsync(to, "to", cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            var graph = (await CurrentAsync(cancellationToken)).Snapshot;
            if (from == to)
                return [await LoadAsync(graph, new GraphPath([], []), [from], cancellationToken) ?? throw new InvalidOperationException("entity vanished")];
            if (!graph.TryGetNode(from, out var source) || !graph.TryGetNode(to, out var target))
                return [];
            var filter = graph.Filter(window);
            var found = k == 1 ? KShortestPaths.Find(graph, filter, source, target, k, maxHops, cancellationToken) : Yen(graph, filter, source, target, k, maxHops, cancellationToken);
            var results = new List<PathResult>(found.Count);
            foreach (var path in found)
            {
                if (await LoadAsync(graph, path, null, cancellationToken) is { } loaded)
                    results.Add(loaded);
            }

            // A write landed between projection and loading: answer from the next snapshot instead.
            if (results.Count == found.Count || attempt > 0)
                return results;
        }
    }

    /// <summary>Yen runs a search from every spur node of every accepted path, so beyond the first path it is heavy.</summary>
    private IReadOnlyList<GraphPath> Yen(GraphSnapshot graph, TraversalFilter filter, int source, int target, int k, int maxHops, CancellationToken cancellationToken)
    {
        using var computation = heavy.Start(cancellationToken);
        return KShortestPaths.Find(graph, filter, source, target, k, maxHops, computation.Token);
    }

    private async Task<PathResult?> LoadAsync(GraphSnapshot graph, GraphPath path, string[]? onlyEntity, CancellationToken cancellationToken)
    {
        var entityIds = onlyEntity ?? [.. path.Nodes.Select(n => graph.NodeIds[n])];
        var relationshipIds = path.Edges.Select(e => graph.RelationshipIds[e]).ToArray();
        var entities = await store.GetEntitiesAsync(entityIds, cancellationToken);
        var relationships = await store.GetRelationshipsAsync(relationshipIds, cancellationToken);
        if (entityIds.Any(id => !entities.ContainsKey(id)) || relationshipIds.Any(id => !relationships.ContainsKey(id)))
            return null;
        return new PathResult([.. entityIds.Select(id => entities[id])], [.. relationshipIds.Select(id => relationships[id])]);
    }

    private static double[] Score(GraphSnapshot graph, TraversalFilter filter, InfluenceAlgorithm algorithm, int? around, CancellationToken cancellationToken) => algorithm switch
    {
        InfluenceAlgorithm.PageRank => PageRank.Compute(graph, filter, new PageRankOptions(Iterations: 50, Tolerance: 1e-9, Around: around), cancellationToken),
        InfluenceAlgorithm.Betweenness => Betweenness.Compute(graph, filter,
            graph.NodeCount <= AnalyticsLimits.ExactBetweennessNodes ? null : AnalyticsLimits.BetweennessSamples, AnalyticsLimits.BetweennessSeed, cancellationToken),
        _ => Array.ConvertAll(Degree.Count(graph, filter, cancellationToken), d => (double)d),
    };

    private static uint KindMask(IReadOnlyCollection<EntityKind>? kinds)
    {
        if (kinds is null || kinds.Count == 0)
            return uint.MaxValue;
        var mask = 0u;
        foreach (var kind in kinds)
            mask |= 1u << (int)kind;
        return mask;
    }

    private static void CheckMaxHops(int maxHops)
    {
        if (maxHops is < 1 or > AnalyticsLimits.MaxHops)
            throw new AnalyticsQueryException(AnalyticsQueryException.MaxHopsExceeded, "maxHops", $"maxHops must be between 1 and {AnalyticsLimits.MaxHops}; got {maxHops}");
    }

    private async Task RequireEntityAsync(string id, string argument, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is null)
            throw new AnalyticsQueryException(AnalyticsQueryException.NotFound, argument, $"no entity has the id '{id}'");
    }

    /// <summary>
    /// The snapshot of the store's current version; builds it at most once however many queries ask, in a heavy slot.
    /// A build already running may predate the last write: it is joined, and once it completes the loop starts a fresh one.
    /// </summary>
    private async Task<SnapshotState> CurrentAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        while (true)
        {
            SharedComputation<SnapshotState> build;
            lock (_gate)
            {
                if (_current is { } current && current.Snapshot.Version >= version)
                    return current;
                var outdated = _building is { IsCompletedSuccessfully: true } done && done.Result.Snapshot.Version < version;
                if (_building is null || outdated || !_building.TryJoin())
                {
                    _building = SharedComputation<SnapshotState>.Start(heavy, BuildAsync);
                    _building.TryJoin();
                }

                build = _building;
            }

            var built = await build.WaitAsync(cancellationToken);
            if (built.Snapshot.Version >= version)
                return built;
        }
    }

    private async Task<SnapshotState> BuildAsync(CancellationToken cancellationToken)
    {
        using var activity = GraphTelemetry.Traces.StartActivity("projection.build");
        var started = Stopwatch.GetTimestamp();
        var snapshot = await SnapshotReader.ReadAsync(store, cancellationToken);
        GraphTelemetry.ProjectionBuildDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        activity?.SetTag("kg.projection.version", snapshot.Version).SetTag("kg.projection.relationships", snapshot.EdgeCount);
        var state = new SnapshotState(snapshot);
        lock (_gate)
        {
            if (_current is null || _current.Snapshot.Version < snapshot.Version)
                _current = state;
            return _current;
        }
    }
}
