using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

/// <summary>Brute-force answers and path validation shared by the path tests.</summary>
internal static class PathChecks
{
    /// <summary>Plain breadth-first search; endpoints are exempt from the kind filter, as in the engine.</summary>
    public static int? BruteForceDistance(RandomGraph graph, in TraversalFilter filter, int source, int target)
    {
        var steps = graph.Steps(filter, checkKinds: false);
        var distance = Enumerable.Repeat(-1, graph.NodeCount).ToArray();
        var queue = new Queue<int>();
        distance[source] = 0;
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var (w, _) in steps[v])
            {
                if (distance[w] >= 0 || !Enterable(graph, filter, w, source, target))
                    continue;
                distance[w] = distance[v] + 1;
                queue.Enqueue(w);
            }
        }

        return distance[target] >= 0 ? distance[target] : null;
    }

    /// <summary>Lengths of every simple path (distinct node sequences) of at most <paramref name="maxHops"/>, ascending.</summary>
    public static List<int> BruteForceSimplePathLengths(RandomGraph graph, in TraversalFilter filter, int source, int target, int maxHops)
    {
        var steps = graph.Steps(filter, checkKinds: false);
        var neighbours = steps.Select(s => s.Select(x => x.To).Distinct().ToArray()).ToArray();
        var lengths = new List<int>();
        var onPath = new bool[graph.NodeCount];
        var f = filter;

        void Walk(int v, int depth)
        {
            if (v == target)
            {
                lengths.Add(depth);
                return;
            }

            if (depth == maxHops)
                return;
            onPath[v] = true;
            foreach (var w in neighbours[v])
            {
                if (!onPath[w] && Enterable(graph, f, w, source, target))
                    Walk(w, depth + 1);
            }

            onPath[v] = false;
        }

        Walk(source, 0);
        lengths.Sort();
        return lengths;
    }

    /// <summary>Asserts the path starts and ends right, is simple, and every hop is a relationship allowed by the filter.</summary>
    public static void AssertValid(RandomGraph graph, in TraversalFilter filter, GraphPath path, int source, int target, int maxHops)
    {
        Assert.Equal(source, path.Nodes[0]);
        Assert.Equal(target, path.Nodes[^1]);
        Assert.Equal(path.Nodes.Length, path.Edges.Length + 1);
        Assert.True(path.Length <= maxHops, $"path of {path.Length} hops exceeds {maxHops}");
        Assert.Equal(path.Nodes.Length, path.Nodes.Distinct().Count());
        for (var i = 0; i < path.Edges.Length; i++)
        {
            Assert.True(graph.TryWalk(path.Edges[i], path.Nodes[i], filter, out var to) && to == path.Nodes[i + 1],
                $"hop {i} uses relationship {path.Edges[i]}, which does not lead from {path.Nodes[i]} to {path.Nodes[i + 1]} under the filter");
            if (i > 0)
                Assert.True(filter.AllowsNode(path.Nodes[i], graph.Kinds), $"node {path.Nodes[i]} has a kind the filter excludes");
        }
    }

    private static bool Enterable(RandomGraph graph, in TraversalFilter filter, int w, int source, int target) =>
        w == source || w == target || filter.AllowsNode(w, graph.Kinds);
}
