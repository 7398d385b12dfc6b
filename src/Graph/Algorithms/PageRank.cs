using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// PageRank by power iteration, pulling each node's score from its neighbours over the filtered relationships
/// (undirected by default: a relationship passes score both ways). Mass of nodes without usable relationships is
/// spread like the teleport (uniform, or onto <see cref="PageRankOptions.Around"/>). Nodes are split over the cores in
/// <see cref="Ranges"/> fixed ranges; one pass per iteration pulls, measures the change and prepares the next
/// contributions, and the ranges' partial sums are added in order, so the scores are the same bits on any core count.
/// Scores of nodes outside the kind filter are 0; the rest sum to 1. Cancellation is checked every iteration and, within
/// one, between the ranges, so the pull loop itself is unchanged.
/// </summary>
public static class PageRank
{
    /// <summary>More ranges than cores (Parallel.For checks the token before each), and a fixed count whatever the cores.</summary>
    private const int Ranges = 64;

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
        var ranges = NodeRanges.Split(pull.Offsets, pull.Offsets, Ranges);
        var uniform = 1.0 / activeCount;
        var around = options.Around;
        // Contributions stay double: float halves the gathered bytes but drifts the total off 1 beyond 1e-9.
        var contribution = new double[n];
        var dangling = 0.0;
        for (var v = 0; v < n; v++)
        {
            scores[v] = active[v] ? Teleport(v, around, uniform) : 0;
            dangling += Contribute(scores[v], degree[v], active[v], contribution, v);
        }

        var next = new double[n];
        var nextContribution = new double[n];
        var danglingParts = new double[ranges.Length];
        var changeParts = new double[ranges.Length];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        for (var iteration = 0; iteration < options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pulled = options.Damping;
            var jump = 1 - options.Damping + options.Damping * dangling;
            var (current, target, from, to) = (scores, next, contribution, nextContribution);
            Parallel.For(0, ranges.Length, parallel, r =>
            {
                var (start, end) = ranges[r];
                double lost = 0, change = 0;
                for (var v = start; v < end; v++)
                {
                    // Nodes outside the kind filter keep 0 in every array: they receive nothing and pass nothing on.
                    if (!active[v])
                        continue;
                    var score = pulled * Pull(pull, from, v) + jump * Teleport(v, around, uniform);
                    change += Math.Abs(score - current[v]);
                    target[v] = score;
                    lost += Contribute(score, degree[v], true, to, v);
                }

                danglingParts[r] = lost;
                changeParts[r] = change;
            });

            dangling = 0;
            var total = 0.0;
            for (var r = 0; r < ranges.Length; r++)
            {
                dangling += danglingParts[r];
                total += changeParts[r];
            }

            (scores, next, contribution, nextContribution) = (next, scores, nextContribution, contribution);
            if (total < options.Tolerance)
                break;
        }

        return scores;
    }

    /// <summary>Writes what v passes along each of its relationships; returns its score when it has none (dangling mass).</summary>
    private static double Contribute(double score, int degree, bool active, double[] contribution, int v)
    {
        if (degree > 0)
        {
            contribution[v] = score / degree;
            return 0;
        }

        contribution[v] = 0;
        return active ? score : 0;
    }

    private static double Teleport(int v, int? around, double uniform) =>
        around is null ? uniform : v == around.Value ? 1.0 : 0.0;

    /// <summary>
    /// Score flowing into v: the sum of its row's contributions, without bounds checks (rows hold node indexes), in four
    /// running sums so the additions do not wait on each other.
    /// </summary>
    private static double Pull(PullGraph pull, double[] contribution, int v)
    {
        ref var first = ref MemoryMarshal.GetArrayDataReference(contribution);
        ref var row = ref MemoryMarshal.GetArrayDataReference(pull.Sources);
        int i = pull.Offsets[v], end = pull.Offsets[v + 1];
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (; i + 3 < end; i += 4)
        {
            s0 += Unsafe.Add(ref first, Unsafe.Add(ref row, i));
            s1 += Unsafe.Add(ref first, Unsafe.Add(ref row, i + 1));
            s2 += Unsafe.Add(ref first, Unsafe.Add(ref row, i + 2));
            s3 += Unsafe.Add(ref first, Unsafe.Add(ref row, i + 3));
        }

        for (; i < end; i++)
            s0 += Unsafe.Add(ref first, Unsafe.Add(ref row, i));
        return (s0 + s1) + (s2 + s3);
    }
}
