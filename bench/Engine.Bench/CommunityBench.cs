using System.Text.Json;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Bench;

/// <summary>
/// The community and closeness side of the engine benchmark (<c>--communities</c>): weakly connected components and Louvain
/// over the whole graph and the window, and closeness and harmonic centrality, exact on graphs the API scores exactly and
/// from 256 sampled sources otherwise (as the API does). Writes timings and answers for <c>bench/communities.py</c> to compare.
/// </summary>
internal static class CommunityBench
{
    private const int Samples = 256;

    /// <summary>Above this many nodes each measure runs once, without warm-up: a large graph's Louvain takes many seconds.</summary>
    private const int RepeatUpToNodes = 100_000;

    /// <param name="toSnapshot">Snapshot node of each edge-file node; <paramref name="toFile"/> the other way (the peers use the file's numbers).</param>
    public static void Run(GraphSnapshot graph, int[] toSnapshot, int[] toFile, string output, bool exactCloseness)
    {
        var all = graph.Filter(DateWindow.All);
        var windowed = graph.Filter(new DateWindow(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)));
        var result = new Dictionary<string, object?>();
        var (runs, warmups) = graph.NodeCount <= RepeatUpToNodes ? (3, 1) : (1, 0);
        result["runs"] = runs;

        int[] labels = [];
        result["wcc_s"] = Timing.MedianSeconds(runs, () => labels = WeakComponents.Label(graph, all), warmups);
        var components = CommunityPartition.FromLabels(labels, double.NaN);
        result["wcc_count"] = components.Count;
        Console.WriteLine($"weak components {result["wcc_s"]:F3} s: {components.Count:N0}");

        CommunityPartition louvain = null!;
        result["louvain_s"] = Timing.MedianSeconds(runs, () => louvain = Louvain.Detect(graph, all, new LouvainOptions()), warmups);
        result["louvain_modularity"] = louvain.Modularity;
        result["louvain_count"] = louvain.Count;
        result["louvain_window_s"] = Timing.MedianSeconds(runs, () => louvain = Louvain.Detect(graph, windowed, new LouvainOptions()), warmups);
        result["louvain_window_modularity"] = louvain.Modularity;
        Console.WriteLine($"Louvain {result["louvain_s"]:F3} s, modularity {result["louvain_modularity"]:F4}; window {result["louvain_window_s"]:F3} s, {louvain.Modularity:F4}");

        int? samples = exactCloseness ? null : Samples;
        double[] closeness = [];
        double[] harmonic = [];
        result["closeness_s"] = Timing.MedianSeconds(runs, () => closeness = Closeness.Compute(graph, all, ClosenessMeasure.Closeness, samples), warmups);
        result["harmonic_s"] = Timing.MedianSeconds(runs, () => harmonic = Closeness.Compute(graph, all, ClosenessMeasure.Harmonic, samples), warmups);
        result["closeness_sources"] = samples ?? graph.NodeCount;
        Console.WriteLine($"closeness {result["closeness_s"]:F3} s, harmonic {result["harmonic_s"]:F3} s from {result["closeness_sources"]:N0} sources");

        // Exact scores are compared node by node on a fixed sample of nodes; sampled ones are estimates, so only timed.
        var check = Enumerable.Range(0, graph.NodeCount).ToArray();
        new Random(7).Shuffle(check);
        check = check[..Math.Min(1000, check.Length)];
        result["check_nodes"] = check;
        result["closeness_exact"] = exactCloseness;
        result["closeness_at_check"] = exactCloseness ? check.Select(v => closeness[toSnapshot[v]]).ToArray() : null;
        result["harmonic_at_check"] = exactCloseness ? check.Select(v => harmonic[toSnapshot[v]]).ToArray() : null;
        result["sampled_sources"] = SourceSample.Draw(graph, all, Samples, 42).Sources.Select(v => toFile[v]).ToArray();
        File.WriteAllText(output, JsonSerializer.Serialize(new { entities = graph.NodeCount, relationships = graph.EdgeCount, engine = result }));
    }
}
