using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// How many filtered relationships each node can walk along (both directions by default; a relationship to itself counts twice
/// when undirected). Nodes outside the kind filter have degree 0. Cancellation is checked between the ranges the nodes are split into.
/// </summary>
public static class Degree
{
    /// <summary>Each node's degree under <paramref name="filter"/>, indexed by node.</summary>
    public static int[] Count(GraphSnapshot graph, in TraversalFilter filter, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var degree = new int[n];
        var f = filter;
        var ranges = NodeRanges.Split(graph.In.Offsets, graph.Out.Offsets, Environment.ProcessorCount * 4);
        Parallel.For(0, ranges.Length, new ParallelOptions { CancellationToken = cancellationToken }, r =>
        {
            var (start, end) = ranges[r];
            for (var v = start; v < end; v++)
            {
                if (f.AllowsNode(v, graph.NodeKinds))
                    degree[v] = CountOf(graph.Out, f.OutTypes, f, graph.NodeKinds, v) + CountOf(graph.In, f.InTypes, f, graph.NodeKinds, v);
            }
        });
        return degree;
    }

    private static int CountOf(AdjacencyIndex index, uint types, TraversalFilter filter, byte[] kinds, int v)
    {
        int start = index.Offsets[v], end = index.Offsets[v + 1];
        if (types == 0)
            return 0;
        if (types == uint.MaxValue && !filter.ChecksWindow && !filter.ChecksKinds)
            return end - start;
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (filter.Allows(index, types, i, kinds))
                count++;
        }

        return count;
    }
}
