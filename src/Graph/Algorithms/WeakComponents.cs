using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Weakly connected components over the filtered relationships: two nodes share a component when a chain of
/// relationships valid in the window joins them, whichever way each points. Union-find with path halving, linking the
/// larger index under the smaller, so each component is labelled by its lowest node index. Nodes outside the kind filter
/// get -1. Cancellation is checked every <see cref="CheckEvery"/> nodes.
/// </summary>
public static class WeakComponents
{
    private const int CheckEvery = 1 << 16;

    /// <summary>Each node's component label (its lowest node index), or -1 for nodes outside the kind filter.</summary>
    public static int[] Label(GraphSnapshot graph, in TraversalFilter filter, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var f = filter;
        var parent = new int[n];
        for (var v = 0; v < n; v++)
            parent[v] = f.AllowsNode(v, graph.NodeKinds) ? v : -1;

        // Each relationship is an entry of its source's outgoing row: walkable one way or the other, it joins its ends.
        var types = f.OutTypes | f.InTypes;
        var index = graph.Out;
        for (var v = 0; v < n; v++)
        {
            if ((v & (CheckEvery - 1)) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (parent[v] < 0)
                continue;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (f.Allows(index, types, i, graph.NodeKinds))
                    Union(parent, v, index.Neighbors[i]);
            }
        }

        for (var v = 0; v < n; v++)
        {
            if (parent[v] >= 0)
                parent[v] = Find(parent, v);
        }

        return parent;
    }

    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }

        return v;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a < b)
            parent[b] = a;
        else if (b < a)
            parent[a] = b;
    }
}
