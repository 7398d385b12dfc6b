namespace KnowledgeGraph.Projection;

/// <summary>
/// The permutation a <see cref="NodeOrder"/> gives, and the edge columns and node arrays rewritten with it. Edges keep
/// their indexes (relationship ids stay where they are); only their end points are renumbered.
/// </summary>
public static class NodeRenumbering
{
    /// <summary>For each new number, the old node: nodes in the order <paramref name="order"/> puts them.</summary>
    public static int[] Order(int nodeCount, EdgeColumns edges, NodeOrder order, CancellationToken cancellationToken = default)
    {
        var degree = new int[nodeCount];
        for (var e = 0; e < edges.Count; e++)
        {
            degree[edges.Sources[e]]++;
            degree[edges.Targets[e]]++;
        }

        return order switch
        {
            NodeOrder.Degree => ByFallingDegree(degree),
            NodeOrder.BreadthFirst => BreadthFirst(nodeCount, edges, degree, cancellationToken),
            _ => Identity(nodeCount),
        };
    }

    /// <summary>The node arrays and edge columns with node <c>order[i]</c> renumbered to <c>i</c>.</summary>
    public static (string[] NodeIds, byte[] NodeKinds, EdgeColumns Edges) Apply(int[] order, string[] nodeIds, byte[] nodeKinds, EdgeColumns edges)
    {
        var n = order.Length;
        var newNumber = new int[n];
        var ids = new string[n];
        var kinds = new byte[n];
        for (var i = 0; i < n; i++)
        {
            newNumber[order[i]] = i;
            ids[i] = nodeIds[order[i]];
            kinds[i] = nodeKinds[order[i]];
        }

        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        for (var e = 0; e < edges.Count; e++)
        {
            sources[e] = newNumber[edges.Sources[e]];
            targets[e] = newNumber[edges.Targets[e]];
        }

        return (ids, kinds, edges with { Sources = sources, Targets = targets });
    }

    private static int[] Identity(int n)
    {
        var order = new int[n];
        for (var v = 0; v < n; v++)
            order[v] = v;
        return order;
    }

    /// <summary>A counting sort on degree, falling; equal degrees keep their old order.</summary>
    private static int[] ByFallingDegree(int[] degree)
    {
        var max = 0;
        foreach (var d in degree)
            max = Math.Max(max, d);
        var start = new int[max + 2];
        foreach (var d in degree)
            start[max - d + 1]++;
        for (var k = 0; k <= max; k++)
            start[k + 1] += start[k];
        var order = new int[degree.Length];
        for (var v = 0; v < degree.Length; v++)
            order[start[max - degree[v]]++] = v;
        return order;
    }

    private static int[] BreadthFirst(int n, EdgeColumns edges, int[] degree, CancellationToken cancellationToken)
    {
        // Undirected adjacency, just for the walk: each relationship in both of its ends' rows.
        var offsets = new int[n + 1];
        for (var v = 0; v < n; v++)
            offsets[v + 1] = offsets[v] + degree[v];
        var cursor = offsets[..n];
        var neighbors = new int[offsets[n]];
        for (var e = 0; e < edges.Count; e++)
        {
            neighbors[cursor[edges.Sources[e]]++] = edges.Targets[e];
            neighbors[cursor[edges.Targets[e]]++] = edges.Sources[e];
        }

        cancellationToken.ThrowIfCancellationRequested();
        var order = new int[n];
        var placed = new bool[n];
        var count = 0;

        // Components are started from their best-connected node: hubs first, which also numbers isolated nodes last.
        foreach (var root in ByFallingDegree(degree))
        {
            if (placed[root])
                continue;
            placed[root] = true;
            order[count++] = root;
            for (var head = count - 1; head < count; head++)
            {
                var v = order[head];
                for (var i = offsets[v]; i < offsets[v + 1]; i++)
                {
                    var w = neighbors[i];
                    if (!placed[w])
                    {
                        placed[w] = true;
                        order[count++] = w;
                    }
                }
            }
        }

        return order;
    }
}
