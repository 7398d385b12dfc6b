using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Bench;

/// <summary>
/// Our side of the GAP comparison (<c>--gap-compare</c>): whole-graph PageRank-20 and sampled betweenness per source, and
/// the graph as an edge list GAP reads (<c>.el</c>, one "u v" line per relationship, loaded with <c>-s</c> since our
/// engine follows relationships both ways). The list uses the snapshot's node numbers, so GAP sees the same locality.
/// </summary>
internal static class GapBench
{
    public static void Run(GraphSnapshot graph, string output, string? edgeList, int sources)
    {
        if (edgeList is not null)
            WriteEdgeList(graph, edgeList);
        var all = graph.Filter(DateWindow.All);
        var options = new PageRankOptions(Iterations: 20);
        // GAP reports each trial; its best is compared with our best call, both after warm-up.
        Timing.MedianSeconds(1, () => PageRank.Compute(graph, all, options), warmups: 2);
        var pageRankSeconds = Enumerable.Range(0, 5).Min(_ => Timing.Seconds(() => PageRank.Compute(graph, all, options)));
        Console.WriteLine($"PageRank-20 best of 5 {pageRankSeconds:F3} s");

        // One warm-up source so the JIT's optimised code and the lanes' arrays exist before the timed sources.
        Betweenness.Compute(graph, all, samples: 2, seed: CentralitySampling.Seed);
        var betweennessSeconds = Timing.Seconds(() => Betweenness.Compute(graph, all, samples: sources, seed: CentralitySampling.Seed));
        Console.WriteLine($"betweenness {sources} sources {betweennessSeconds:F2} s, {betweennessSeconds / sources:F3} s per source");

        var result = new Dictionary<string, object?>
        {
            ["entities"] = graph.NodeCount,
            ["relationships"] = graph.EdgeCount,
            ["pagerank_s"] = pageRankSeconds,
            ["betweenness_sources"] = sources,
            ["betweenness_per_source_s"] = betweennessSeconds / sources,
        };
        File.WriteAllText(output, JsonSerializer.Serialize(result));
    }

    /// <summary>Each relationship once, source then target; GAP's <c>-s</c> adds the reverse direction.</summary>
    private static void WriteEdgeList(GraphSnapshot graph, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        foreach (var (source, target) in graph.EdgeEnds())
        {
            writer.Write(source.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(target.ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }
}
