using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>Settings of a PageRank run. <see cref="Around"/> makes it personalised: every jump lands on that node.</summary>
internal sealed record PageRankOptions(double Damping = 0.85, int Iterations = 20, double Tolerance = 0, int? Around = null)
{
    public string Key => $"pr:{Damping}:{Iterations}:{Tolerance}:{Around}";
}

/// <summary>
/// PageRank by power iteration, pulling each node's score from its neighbours over the filtered relationships
/// (undirected by default: a relationship passes score both ways). Mass of nodes without usable relationships is
/// spread like the teleport (uniform, or onto <see cref="PageRankOptions.Around"/>). Nodes are split over the cores.
/// Scores of nodes outside the kind filter are 0; the rest sum to 1.
/// </summary>
internal static class PageRank
{
    public static double[] Compute(GraphSnapshot graph, in TraversalFilter filter, PageRankOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Iterations, 1);
        if (options.Damping is < 0 or >= 1)
            throw new ArgumentOutOfRangeException(nameof(options), "damping must be in [0, 1)");
        var n = graph.NodeCount;
        var scores = new double[n];
        if (n == 0)
            return scores;

        var f = filter;
        var active = new bool[n];
        var activeCount = 0;
        for (var v = 0; v < n; v++)
        {
            active[v] = f.AllowsNode(v, graph.NodeKinds);
            activeCount += active[v] ? 1 : 0;
        }

        if (options.Around is { } centre && (uint)centre >= (uint)n)
            throw new ArgumentOutOfRangeException(nameof(options), "the node PageRank is personalised around is not in the snapshot");
        if (options.Around is { } kept && !active[kept])
            throw new ArgumentException("the node PageRank is personalised around is excluded by the kind filter", nameof(options));
        if (activeCount == 0)
            return scores;

        var degree = Degree.Count(graph, f);
        var ranges = NodeRanges.Split(graph.In.Offsets, Environment.ProcessorCount * 4);
        var uniform = 1.0 / activeCount;
        for (var v = 0; v < n; v++)
            scores[v] = active[v] ? Teleport(v, options.Around, uniform) : 0;

        var contribution = new double[n];
        var next = new double[n];
        var trivial = !f.ChecksWindow && !f.ChecksKinds && f.OutTypes == uint.MaxValue && f.InTypes == uint.MaxValue;
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (degree[v] > 0)
                    contribution[v] = scores[v] / degree[v];
                else
                {
                    contribution[v] = 0;
                    if (active[v])
                        dangling += scores[v];
                }
            }

            var pulled = options.Damping;
            var jump = 1 - options.Damping + options.Damping * dangling;
            var current = contribution;
            var target = next;
            var around = options.Around;
            Parallel.For(0, ranges.Length, r =>
            {
                var (start, end) = ranges[r];
                for (var v = start; v < end; v++)
                {
                    if (!active[v])
                        continue;
                    var sum = trivial ? PullAll(graph, current, v) : PullFiltered(graph, f, current, v);
                    target[v] = pulled * sum + jump * Teleport(v, around, uniform);
                }
            });

            var change = 0.0;
            for (var v = 0; v < n; v++)
                change += Math.Abs(next[v] - scores[v]);
            (scores, next) = (next, scores);
            if (change < options.Tolerance)
                break;
        }

        return scores;
    }

    private static double Teleport(int v, int? around, double uniform) =>
        around is null ? uniform : v == around.Value ? 1.0 : 0.0;

    /// <summary>Score flowing into v: along relationships pointing at v, and against those v points from when walked that way.</summary>
    private static double PullAll(GraphSnapshot graph, double[] contribution, int v)
    {
        var sum = 0.0;
        var index = graph.In;
        var neighbors = index.Neighbors;
        for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            sum += contribution[neighbors[i]];
        index = graph.Out;
        neighbors = index.Neighbors;
        for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            sum += contribution[neighbors[i]];
        return sum;
    }

    private static double PullFiltered(GraphSnapshot graph, TraversalFilter filter, double[] contribution, int v)
    {
        var sum = 0.0;
        var kinds = graph.NodeKinds;
        if (filter.OutTypes != 0)
        {
            var index = graph.In;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (filter.Allows(index, filter.OutTypes, i, kinds))
                    sum += contribution[index.Neighbors[i]];
            }
        }

        if (filter.InTypes != 0)
        {
            var index = graph.Out;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (filter.Allows(index, filter.InTypes, i, kinds))
                    sum += contribution[index.Neighbors[i]];
            }
        }

        return sum;
    }
}
