using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// The sources a whole-graph centrality starts searches from: every node the kind filter allows, or
/// <c>samples</c> of them drawn with a fixed seed, with the factor (candidates / samples) that scales sums over the
/// sample up to estimates over all sources.
/// </summary>
public readonly record struct SourceSample(int[] Sources, int Candidates, double Scale)
{
    /// <summary>Every node the filter's kinds allow, or <paramref name="samples"/> of them shuffled with <paramref name="seed"/>.</summary>
    public static SourceSample Draw(GraphSnapshot graph, in TraversalFilter filter, int? samples, int seed)
    {
        var candidates = new List<int>(graph.NodeCount);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (filter.AllowsNode(v, graph.NodeKinds))
                candidates.Add(v);
        }

        var sources = candidates.ToArray();
        if (samples is not { } k || k >= sources.Length)
            return new SourceSample(sources, sources.Length, 1.0);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1, nameof(samples));
        new Random(seed).Shuffle(sources);
        return new SourceSample(sources[..k], candidates.Count, (double)candidates.Count / k);
    }
}
