using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Analytics;
using KnowledgeGraph.Bench;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Synthetic;

// Engine side of bench/run: loads an edge file written by `kg generate --edges`, draws the workload with a fixed seed
// (written out so the Python peers run exactly the same queries), times our engine and writes the answers to compare.
var options = BenchOptions.Parse(args);
var (ids, kinds, columns) = EdgeFile.Read(options.Edges);
if (options.AsStored)
    (ids, kinds, columns) = NodeRenumbering.Apply(FirstAppearance(ids.Length, columns), ids, kinds, columns);
Console.WriteLine($"engine: {ids.Length:N0} entities, {columns.Count:N0} relationships");

GraphSnapshot graph = null!;
var buildSeconds = Timing.MedianSeconds(3, () => graph = SyntheticProjection.Build(ids, kinds, columns, order: options.NodeOrder), warmups: 1);
Console.WriteLine($"projection build {buildSeconds:F3} s ({options.NodeOrder} node order), {graph.BytesPerRelationship:F1} bytes/relationship");

// The workload and the peers speak the edge file's node numbers; the snapshot may number nodes its own way.
var toSnapshot = new int[ids.Length];
var toFile = new int[ids.Length];
for (var i = 0; i < ids.Length; i++)
{
    graph.TryGetNode(ids[i], out toSnapshot[i]);
    toFile[toSnapshot[i]] = i;
}

if (options.Communities)
{
    CommunityBench.Run(graph, toSnapshot, toFile, options.Output, exactCloseness: graph.NodeCount <= options.ExactClosenessNodes);
    return;
}

if (options.GapCompare)
{
    GapBench.Run(graph, options.Output, options.GapEdgeList, options.BetweennessSources);
    return;
}

var random = new Random(20261130);
var all = graph.Filter(DateWindow.All);
var window = new DateWindow(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31));
var windowed = graph.Filter(window);

var filePairs = new (int Source, int Target)[options.Pairs];
for (var i = 0; i < filePairs.Length; i++)
    filePairs[i] = (random.Next(graph.NodeCount), random.Next(graph.NodeCount));
var pairs = filePairs.Select(p => (Source: toSnapshot[p.Source], Target: toSnapshot[p.Target])).ToArray();

for (var i = 0; i < Math.Min(2000, pairs.Length); i++)
    ShortestPathSearch.Find(graph, all, pairs[i].Source, pairs[i].Target, options.MaxHops);
var pathMicros = new double[pairs.Length];
var pathLengths = new int?[pairs.Length];
for (var i = 0; i < pairs.Length; i++)
{
    var started = Stopwatch.GetTimestamp();
    var path = ShortestPathSearch.Find(graph, all, pairs[i].Source, pairs[i].Target, options.MaxHops);
    pathMicros[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
    pathLengths[i] = path?.Length;
}

var sortedPath = pathMicros.Order().ToArray();
Console.WriteLine($"shortest path p50 {Timing.Percentile(sortedPath, 0.5):F1} µs, p99 {Timing.Percentile(sortedPath, 0.99):F1} µs");

var yenPairs = pairs.Where((p, i) => pathLengths[i] is > 0).Take(options.YenPairs).ToArray();
var yenFilePairs = filePairs.Where((p, i) => pathLengths[i] is > 0).Take(options.YenPairs).ToArray();
var yenMillis = new double[yenPairs.Length];
var yenLengths = new List<int[]>();
for (var i = 0; i < yenPairs.Length; i++)
{
    var started = Stopwatch.GetTimestamp();
    var found = KShortestPaths.Find(graph, all, yenPairs[i].Source, yenPairs[i].Target, 10, options.MaxHops);
    yenMillis[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    yenLengths.Add([.. found.Select(p => p.Length)]);
}

var sortedYen = yenMillis.Order().ToArray();
Console.WriteLine($"Yen k=10 p50 {Timing.Percentile(sortedYen, 0.5):F2} ms, p99 {Timing.Percentile(sortedYen, 0.99):F2} ms");

var pageRankOptions = new PageRankOptions(Iterations: 20);
double[] ranks = [];
// The first call per filter also builds (and keeps with the snapshot) the filter's pull graph; timed on its own.
var pageRankFirstSeconds = Timing.Seconds(() => ranks = PageRank.Compute(graph, all, pageRankOptions));
var windowFirstSeconds = Timing.Seconds(() => PageRank.Compute(graph, windowed, pageRankOptions));
Console.WriteLine($"PageRank-20 first call {pageRankFirstSeconds:F3} s; windowed first call {windowFirstSeconds:F3} s");
var pageRankSeconds = Timing.MedianSeconds(5, () => ranks = PageRank.Compute(graph, all, pageRankOptions));
double[] windowRanks = [];
var windowColdSeconds = Timing.MedianSeconds(5, () => windowRanks = PageRank.Compute(graph, windowed, pageRankOptions));
var cache = new SnapshotState(graph);
var cacheKey = $"pr:{windowed.Key}:{pageRankOptions.Key}";
var heavy = new HeavyComputations(slots: 1);
double[] Cached() => cache.ScoresAsync(cacheKey, token => PageRank.Compute(graph, windowed, pageRankOptions, token), heavy, CancellationToken.None).AsTask().GetAwaiter().GetResult();
var firstCachedSeconds = Timing.Seconds(() => Cached());
var windowCachedSeconds = Timing.MedianSeconds(5, () => Cached());
Console.WriteLine($"PageRank-20 {pageRankSeconds:F3} s; windowed cold {windowColdSeconds:F3} s (first through cache {firstCachedSeconds:F3} s), cached {windowCachedSeconds * 1e6:F1} µs");

var degreeSeconds = Timing.MedianSeconds(3, () => Degree.Count(graph, all));
double[] betweenness = [];
// --skip-betweenness: the sampled betweenness takes minutes on the large graph; engine-only reruns may leave it out.
var betweennessSeconds = options.SkipBetweenness ? double.NaN : Timing.Seconds(() => betweenness = Betweenness.Compute(graph, all, samples: options.BetweennessSources, seed: CentralitySampling.Seed));
Console.WriteLine($"betweenness ({options.BetweennessSources} sources) {betweennessSeconds:F2} s; degree {degreeSeconds * 1e3:F1} ms");

var sources = SourceSample.Draw(graph, all, options.BetweennessSources, 42).Sources.Select(v => toFile[v]).ToArray();

var result = new Dictionary<string, object?>
{
    ["entities"] = graph.NodeCount,
    ["relationships"] = graph.EdgeCount,
    ["bytes_per_relationship"] = graph.BytesPerRelationship,
    ["build_s"] = buildSeconds,
    ["path_p50_us"] = Timing.Percentile(sortedPath, 0.5),
    ["path_p99_us"] = Timing.Percentile(sortedPath, 0.99),
    ["path_pairs"] = pairs.Length,
    ["path_found"] = pathLengths.Count(l => l is not null),
    ["yen_p50_ms"] = Timing.Percentile(sortedYen, 0.5),
    ["yen_p99_ms"] = Timing.Percentile(sortedYen, 0.99),
    ["pagerank_s"] = pageRankSeconds,
    ["pagerank_window_cold_s"] = windowColdSeconds,
    ["pagerank_first_s"] = pageRankFirstSeconds,
    ["pagerank_window_first_s"] = windowFirstSeconds,
    ["pagerank_window_cached_s"] = windowCachedSeconds,
    ["betweenness_s"] = double.IsNaN(betweennessSeconds) ? null : betweennessSeconds,
    ["degree_s"] = degreeSeconds,
    ["pagerank_top20"] = Ranking.Top(ranks, 20).Select(r => toFile[r.Node]).ToArray(),
    ["pagerank_window_top20"] = Ranking.Top(windowRanks, 20).Select(r => toFile[r.Node]).ToArray(),
    ["betweenness_top20"] = betweenness.Length == 0 ? [] : Ranking.Top(betweenness, 20).Select(r => toFile[r.Node]).ToArray(),
};
var workload = new Dictionary<string, object?>
{
    ["max_hops"] = options.MaxHops,
    ["pairs"] = filePairs.Select(p => new[] { p.Source, p.Target }).ToArray(),
    ["path_lengths"] = pathLengths,
    ["yen_pairs"] = yenFilePairs.Select(p => new[] { p.Source, p.Target }).ToArray(),
    ["yen_lengths"] = yenLengths,
    ["window_days"] = new[] { GraphSnapshot.SinceDay(window), GraphSnapshot.UntilDay(window) },
    ["window"] = "2020-01-01..2022-12-31",
    ["betweenness_sources"] = sources,
};
File.WriteAllText(options.Output, JsonSerializer.Serialize(new { engine = result, workload }));

if (options.WrkLua is { } lua)
{
    // wrk picks one of these bodies per request: shortestPath between synthetic ids that are connected.
    var bodies = filePairs.Where((p, i) => pathLengths[i] is > 0).Take(200)
        .Select(p => JsonSerializer.Serialize(new { query = $"{{ shortestPath(from: \"{ids[p.Source]}\", to: \"{ids[p.Target]}\") {{ length relationships {{ id validFrom validTo sources {{ quote }} }} }} }}" }))
        .ToArray();
    File.WriteAllText(lua, WrkScript.For(bodies));
}

/// <summary>Nodes numbered by first appearance in the edge list, as <see cref="SnapshotReader"/> numbers a store's nodes.</summary>
static int[] FirstAppearance(int nodeCount, EdgeColumns edges)
{
    var order = new List<int>(nodeCount);
    var seen = new bool[nodeCount];
    for (var e = 0; e < edges.Count; e++)
    {
        foreach (var v in new[] { edges.Sources[e], edges.Targets[e] })
        {
            if (!seen[v])
            {
                seen[v] = true;
                order.Add(v);
            }
        }
    }

    for (var v = 0; v < nodeCount; v++)
    {
        if (!seen[v])
            order.Add(v);
    }

    return [.. order];
}

/// <summary>Command line of the engine benchmark.</summary>
internal sealed record BenchOptions(string Edges, string Output, int Pairs, int YenPairs, int MaxHops, string? WrkLua, bool SkipBetweenness)
{
    /// <summary>--communities: only components, Louvain, closeness and harmonic centrality (bench/communities).</summary>
    public bool Communities { get; init; }

    /// <summary>--exact-closeness-nodes: up to this many nodes closeness is exact in the communities run (the API's limit is lower; a benchmark may afford more).</summary>
    public int ExactClosenessNodes { get; init; } = 20_000;

    /// <summary>--node-order AsGiven|Degree|BreadthFirst: how the snapshot numbers nodes; the store's order by default.</summary>
    public NodeOrder NodeOrder { get; init; } = SnapshotBuilder.StoreNodeOrder;

    /// <summary>--as-stored: number the file's nodes by first appearance in its edges before building, as a store-read snapshot gets them.</summary>
    public bool AsStored { get; init; }

    /// <summary>--gap-compare: only PageRank-20 and betweenness per source, beside GAP (bench/gap/run).</summary>
    public bool GapCompare { get; init; }

    /// <summary>--gap-el FILE: with --gap-compare, also write the graph as an edge list GAP reads, in the snapshot's node numbers.</summary>
    public string? GapEdgeList { get; init; }

    /// <summary>--betweenness-sources: sampled sources for betweenness (256, as the API samples).</summary>
    public int BetweennessSources { get; init; } = 256;

    public static BenchOptions Parse(string[] args)
    {
        string Value(string name, string? fallback = null)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback ?? throw new ArgumentException($"{name} is required");
        }

        var wrk = Array.IndexOf(args, "--wrk-lua") >= 0 ? Value("--wrk-lua") : null;
        return new BenchOptions(Value("--edges"), Value("--out"), int.Parse(Value("--pairs", "10000"), CultureInfo.InvariantCulture), int.Parse(Value("--yen-pairs", "100"), CultureInfo.InvariantCulture), int.Parse(Value("--max-hops", "10"), CultureInfo.InvariantCulture), wrk, Array.IndexOf(args, "--skip-betweenness") >= 0)
        {
            Communities = Array.IndexOf(args, "--communities") >= 0,
            ExactClosenessNodes = int.Parse(Value("--exact-closeness-nodes", "20000"), CultureInfo.InvariantCulture),
            GapCompare = Array.IndexOf(args, "--gap-compare") >= 0,
            GapEdgeList = Array.IndexOf(args, "--gap-el") >= 0 ? Value("--gap-el") : null,
            AsStored = Array.IndexOf(args, "--as-stored") >= 0,
            BetweennessSources = int.Parse(Value("--betweenness-sources", "256"), CultureInfo.InvariantCulture),
            NodeOrder = Enum.Parse<NodeOrder>(Value("--node-order", SnapshotBuilder.StoreNodeOrder.ToString()), ignoreCase: true),
        };
    }
}
