using System.Diagnostics;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Errors;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Queries;
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
/// Arguments are held to <paramref name="limits"/> (<see cref="AnalyticsLimits.Default"/> when not given).
/// With <paramref name="rebuildInBackgroundEvery"/>, a query after a write does not wait for the new snapshot: it is
/// answered from the previous one while the new one is built in the background (writes never stall reads), at most one
/// build per that interval so that a steady stream of writes does not keep a core rebuilding; <see cref="AnsweredVersion"/>
/// says which version answered. Without it (the library's default) a query always sees every write before it.
/// With <paramref name="changes"/> (the journal of the writes made through <c>changes.Journaling(store)</c>), a snapshot
/// whose successors' writes are all in the journal is brought up to date in memory instead of read from the store again.
/// </summary>
public sealed class GraphAnalytics(IGraphStore store, HeavyComputations heavy, AnalyticsLimits? limits = null, TimeSpan? rebuildInBackgroundEvery = null,
    StoreChangeJournal? changes = null)
{
    private readonly AnalyticsLimits _limits = limits ?? AnalyticsLimits.Default;
    private readonly Lock _gate = new();
    private SnapshotState? _current;
    private SharedComputation<SnapshotState>? _building;
    private Task? _refreshing;
    private long _lastRebuild = long.MinValue;

    /// <summary>Why the last background build failed, until one succeeds; null when none failed (health reports it).</summary>
    public string? RefreshProblem { get; private set; }

    /// <summary>The store version of the newest snapshot built, or null before the first build (readiness reports it).</summary>
    public long? SnapshotVersion
    {
        get
        {
            lock (_gate)
                return _current?.Snapshot.Version;
        }
    }

    /// <summary>Size of the newest snapshot built, or null before the first build (health reports it; nothing is built).</summary>
    public ProjectionInfo? Projection
    {
        get
        {
            GraphSnapshot? graph;
            lock (_gate)
                graph = _current?.Snapshot;
            return graph is null ? null : ProjectionInfo.Of(graph);
        }
    }

    /// <summary>The fewest-hops path from one entity to another, or null when none exists within <paramref name="maxHops"/>.</summary>
    public async Task<PathResult?> ShortestPathAsync(string from, string to, DateWindow window, int maxHops = QueryDefaults.MaxHops, CancellationToken cancellationToken = default)
    {
        CheckMaxHops(maxHops);
        var paths = await FindPathsAsync(from, to, window, (graph, filter, source, target, token) => Shortest(graph, filter, source, target, maxHops, token), cancellationToken);
        return paths.Count == 0 ? null : paths[0];
    }

    /// <summary>Up to <paramref name="k"/> simple paths (distinct entity sequences), fewest hops first.</summary>
    public Task<IReadOnlyList<PathResult>> PathsAsync(string from, string to, int k, DateWindow window, int maxHops = QueryDefaults.MaxHops, CancellationToken cancellationToken = default)
    {
        CheckMaxHops(maxHops);
        if (k is < 1 || k > _limits.MaxPaths)
            throw new ArgumentLimitExceededException(ErrorCodes.PathCountLimit, "k", $"k must be between 1 and {_limits.MaxPaths}; got {k}");
        return FindPathsAsync(from, to, window, (graph, filter, source, target, token) =>
            k == 1 ? Shortest(graph, filter, source, target, maxHops, token) : Yen(graph, filter, source, target, k, maxHops, token), cancellationToken);
    }

    /// <summary>The top entities by the chosen centrality over relationships valid in the window.</summary>
    /// <exception cref="HeavyComputationsBusyException">The scores are not cached and every heavy slot is taken.</exception>
    public async Task<IReadOnlyList<InfluenceResult>> InfluenceAsync(InfluenceQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Top is < 1 || query.Top > _limits.MaxTop)
            throw new ArgumentLimitExceededException(ErrorCodes.PageSizeLimit, "top", $"top must be between 1 and {_limits.MaxTop}; got {query.Top}");
        if (query.Around is not null && query.Algorithm != InfluenceAlgorithm.PageRank)
            throw new InvalidQueryArgumentException("around", "around personalises PageRank; it cannot be combined with another algorithm");

        var state = await CurrentAsync(cancellationToken);
        var graph = state.Snapshot;
        var filter = graph.Filter(query.Window);
        int? around = null;
        if (query.Around is not null)
        {
            if (await NodeOfAsync(graph, query.Around, "around", cancellationToken) is not { } node)
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

    /// <summary>
    /// Louvain communities or weakly connected components over relationships valid in the window, largest first. The same
    /// store version and window always give the same groups (a seeded visiting order), so views can colour by rank.
    /// </summary>
    /// <exception cref="HeavyComputationsBusyException">The groups are not cached and every heavy slot is taken.</exception>
    public async Task<IReadOnlyList<Community>> CommunitiesAsync(CommunityQuery query, CancellationToken cancellationToken = default)
    {
        var state = await CurrentAsync(cancellationToken);
        var graph = state.Snapshot;
        var filter = graph.Filter(query.Window);
        var options = new LouvainOptions(Seed: CentralitySampling.Seed);
        var key = query.Algorithm == CommunityAlgorithm.Louvain ? $"{options.Key}:{filter.Key}" : $"wcc:{filter.Key}";
        var groups = await state.ResultAsync(key, token => CommunityGroups.Of(graph, filter, Partition(graph, filter, query.Algorithm, options, token), token), heavy, cancellationToken);
        return query.Among is null ? groups.All : groups.Among(query.Among);
    }

    private static CommunityPartition Partition(GraphSnapshot graph, TraversalFilter filter, CommunityAlgorithm algorithm, LouvainOptions options, CancellationToken cancellationToken) =>
        algorithm == CommunityAlgorithm.Louvain
            ? Louvain.Detect(graph, filter, options, cancellationToken)
            : CommunityPartition.FromLabels(WeakComponents.Label(graph, filter, cancellationToken), double.NaN);

    /// <summary>Size of the current projection (built if needed).</summary>
    public async Task<ProjectionInfo> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var graph = (await CurrentAsync(cancellationToken)).Snapshot;
        return ProjectionInfo.Of(graph);
    }

    private async Task<IReadOnlyList<PathResult>> FindPathsAsync(string from, string to, DateWindow window, PathSearch search, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var graph = (await CurrentAsync(cancellationToken)).Snapshot;
            var source = await NodeOfAsync(graph, from, "from", cancellationToken);
            var target = await NodeOfAsync(graph, to, "to", cancellationToken);
            if (from == to)
                return [await LoadAsync(graph, new GraphPath([], []), [from], cancellationToken) ?? throw new InvalidOperationException("entity vanished")];
            if (source is null || target is null)
                return [];
            var filter = graph.Filter(window);
            var found = search(graph, filter, source.Value, target.Value, cancellationToken);
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

    private static IReadOnlyList<GraphPath> Shortest(GraphSnapshot graph, TraversalFilter filter, int source, int target, int maxHops, CancellationToken cancellationToken) =>
        ShortestPathSearch.Find(graph, filter, source, target, maxHops, cancellationToken) is { } path ? [path] : [];

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
        InfluenceAlgorithm.Betweenness => Betweenness.Compute(graph, filter, SamplesFor(graph), CentralitySampling.Seed, cancellationToken: cancellationToken),
        InfluenceAlgorithm.Closeness => Closeness.Compute(graph, filter, ClosenessMeasure.Closeness, SamplesFor(graph), CentralitySampling.Seed, cancellationToken: cancellationToken),
        InfluenceAlgorithm.Harmonic => Closeness.Compute(graph, filter, ClosenessMeasure.Harmonic, SamplesFor(graph), CentralitySampling.Seed, cancellationToken: cancellationToken),
        _ => Array.ConvertAll(Degree.Count(graph, filter, cancellationToken), d => (double)d),
    };

    /// <summary>Exact on graphs up to <see cref="CentralitySampling.ExactUpToNodes"/> nodes, else sampled sources.</summary>
    private static int? SamplesFor(GraphSnapshot graph) => graph.NodeCount <= CentralitySampling.ExactUpToNodes ? null : CentralitySampling.Sources;

    private static uint KindMask(IReadOnlyCollection<EntityKind>? kinds)
    {
        if (kinds is null || kinds.Count == 0)
            return uint.MaxValue;
        var mask = 0u;
        foreach (var kind in kinds)
            mask |= 1u << (int)kind;
        return mask;
    }

    private void CheckMaxHops(int maxHops)
    {
        if (maxHops is < 1 || maxHops > _limits.MaxHops)
            throw new ArgumentLimitExceededException(ErrorCodes.HopsLimit, "maxHops", $"maxHops must be between 1 and {_limits.MaxHops}; got {maxHops}");
    }

    /// <summary>
    /// The entity's node in <paramref name="graph"/>; null for an entity without relationships, which the projection
    /// leaves out, so only then is the store asked whether the entity exists at all.
    /// </summary>
    private async Task<int?> NodeOfAsync(GraphSnapshot graph, string id, string argument, CancellationToken cancellationToken)
    {
        if (graph.TryGetNode(id, out var node))
            return node;
        return await store.GetEntityAsync(id, cancellationToken) is null ? throw new EntityNotFoundException(id, argument) : null;
    }

    /// <summary>
    /// The snapshot of the store's current version; builds it at most once however many queries ask, in a heavy slot.
    /// A build already running may predate the last write: it is joined, and once it completes the loop starts a fresh one.
    /// </summary>
    private async Task<SnapshotState> CurrentAsync(CancellationToken cancellationToken)
    {
        var state = await UpToDateAsync(cancellationToken);
        AnsweredVersion.Record(state.Snapshot.Version);
        return state;
    }

    private async Task<SnapshotState> UpToDateAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        if (rebuildInBackgroundEvery is not null)
        {
            lock (_gate)
            {
                if (_current is { } previous && previous.Snapshot.Version < version)
                {
                    // Not the caller's token: the build outlives the query that noticed the write.
                    _refreshing ??= Task.Run(RefreshAsync, CancellationToken.None);
                    return previous;
                }
            }
        }

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

    /// <summary>
    /// Builds snapshots in the background until one matches the store's version, in a heavy slot (none free: the next
    /// query tries again). A failure is kept in <see cref="RefreshProblem"/>, and the next query tries again.
    /// </summary>
    private async Task RefreshAsync()
    {
        try
        {
            while (true)
            {
                var version = await store.GetVersionAsync();
                lock (_gate)
                {
                    if (_current is { } current && current.Snapshot.Version >= version)
                        return;
                }

                var wait = rebuildInBackgroundEvery!.Value - Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastRebuild));
                if (_lastRebuild != long.MinValue && wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                using var slot = heavy.Start(CancellationToken.None);
                await BuildAsync(slot.Token);
                Interlocked.Exchange(ref _lastRebuild, Stopwatch.GetTimestamp());
                RefreshProblem = null;
            }
        }
        catch (HeavyComputationsBusyException)
        {
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            RefreshProblem = $"{e.GetType().Name}: {e.Message}";
        }
        finally
        {
            lock (_gate)
                _refreshing = null;
        }
    }

    private async Task<SnapshotState> BuildAsync(CancellationToken cancellationToken)
    {
        using var activity = GraphTelemetry.Traces.StartActivity("projection.build");
        var started = Stopwatch.GetTimestamp();
        var (snapshot, updated) = await ReadOrUpdateAsync(cancellationToken);
        changes?.ForgetUpTo(snapshot.Version);
        GraphTelemetry.ProjectionBuildDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        activity?.SetTag("kg.projection.version", snapshot.Version).SetTag("kg.projection.relationships", snapshot.EdgeCount)
            .SetTag("kg.projection.updated_in_memory", updated);
        var state = new SnapshotState(snapshot);
        SnapshotState current;
        lock (_gate)
        {
            if (_current is null || _current.Snapshot.Version < snapshot.Version)
                _current = state;
            current = _current;
        }

        // An update in memory leaves little garbage (the previous snapshot, the replayed edges); collecting after each one
        // would pause every request up to once per rebuild interval while writes arrive.
        if (!updated)
            ReleaseBuildMemory();
        return current;
    }

    /// <summary>
    /// The previous snapshot with the journalled writes since applied, when the journal holds every one of them; else a
    /// fresh read. The version is read first either way, so a write committed meanwhile only makes the result look older.
    /// </summary>
    private async Task<(GraphSnapshot Snapshot, bool Updated)> ReadOrUpdateAsync(CancellationToken cancellationToken)
    {
        GraphSnapshot? previous;
        lock (_gate)
            previous = _current?.Snapshot;
        var version = await store.GetVersionAsync(cancellationToken);
        if (changes is not null && previous is not null && changes.TryCover(previous.Version, version, out var since))
        {
            var edges = SnapshotUpdate.EdgesAfter(previous, since, cancellationToken);
            return (await SnapshotReader.FromEdgesAsync(version, edges.ToAsyncEnumerable(), cancellationToken), true);
        }

        return (await SnapshotReader.FromEdgesAsync(version, store.StreamEdgesAsync(cancellationToken), cancellationToken), false);
    }

    /// <summary>
    /// The read's chunks, the renumbering's columns and the previous snapshot are now garbage in gen 2 and the large object
    /// heap, which the GC would keep committed until memory runs short. One full collection per build hands those pages
    /// back (bench/memory/run: 130 MB of 850 at 2M relationships); it does not compact, so no live array moves, and a
    /// background collection was measured to return nothing.
    /// </summary>
    private static void ReleaseBuildMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
}
