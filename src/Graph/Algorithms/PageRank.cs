using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// PageRank by power iteration, pulling each node's score from its neighbours over the filtered relationships
/// (undirected by default: a relationship passes score both ways). Mass of nodes without usable relationships is
/// spread like the teleport (uniform, or onto <see cref="PageRankOptions.Around"/>). Nodes are split over the cores.
/// Scores of nodes outside the kind filter are 0; the rest sum to 1. Cancellation is checked every iteration and, within
/// one, between the <see cref="RangesPerCore"/> ranges per core that the nodes are split into, so the pull loop itself is
/// unchanged.
/// </summary>
public static class PageRank
{
    /// <summary>More ranges than cores: Parallel.For checks the token before each, a few milliseconds apart on the largest graphs.</summary>
    private const int RangesPerCore = 4;

    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the last iteration.</exception>
    public static double[] Compute(GraphSnapshot graph, in TraversalFilter filter, PageRankOptions options, CancellationToken cancellationToken = default)
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

        var pull = PullGraph.For(graph, f, cancellationToken);
        var degree = pull.Degree;
        var ranges = NodeRanges.Split(pull.Offsets, pull.Offsets, Environment.ProcessorCount * RangesPerCore);
        var uniform = 1.0 / activeCount;
        for (var v = 0; v < n; v++)
            scores[v] = active[v] ? Teleport(v, options.Around, uniform) : 0;

        // Contributions stay double: float halves the gathered bytes but drifts the total off 1 beyond 1e-9.
        var contribution = new double[n];
        var next = new double[n];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
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
            var target = next;
            var around = options.Around;
            Parallel.For(0, ranges.Length, parallel, r =>
            {
                var (start, end) = ranges[r];
                for (var v = start; v < end; v++)
                {
                    if (active[v])
                        target[v] = pulled * Pull(pull, contribution, v) + jump * Teleport(v, around, uniform);
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

    /// <summary>Score flowing into v: the sum of its row's contributions, without bounds checks (rows hold node indexes).</summary>
    private static double Pull(PullGraph pull, double[] contribution, int v)
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(contribution);
        var row = pull.Sources.AsSpan(pull.Offsets[v], pull.Offsets[v + 1] - pull.Offsets[v]);
        var sum = 0.0;
        foreach (var u in row)
            sum += Unsafe.Add(ref first, u);
        return sum;
    }
}
