using System.Collections.Concurrent;
using System.Numerics;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>Which distance-based centrality <see cref="Closeness"/> computes.</summary>
public enum ClosenessMeasure
{
    /// <summary>Reached nodes over the sum of distances from them, scaled by the share of nodes reached (Wasserman–Faust, NetworkX's default).</summary>
    Closeness,

    /// <summary>Sum of 1/distance from every other node (unreached ones add 0).</summary>
    Harmonic,
}

/// <summary>
/// Closeness and harmonic centrality over the filtered relationships, from every source (exact) or from a seeded sample of
/// sources scaled up (Eppstein–Wang). Breadth-first searches run 64 sources at a time, one bit each (multi-source BFS, as
/// Neo4j GDS does), and every node adds up the distances at which sources reach it, so a node's score uses distances
/// towards it (NetworkX's reading for directed graphs; the same either way when undirected). Sums are integers (harmonic
/// in fixed point at 2^-52), so the scores do not depend on how batches were spread over the cores. Cancellation is
/// checked before each batch and each level.
/// </summary>
public static class Closeness
{
    private const int BatchSize = 64;
    private static readonly double HarmonicUnit = Math.ScaleB(1.0, 52);

    /// <param name="maxParallelism">Most batches run at once (-1: as many as the cores allow); the scores do not depend on it.</param>
    public static double[] Compute(GraphSnapshot graph, in TraversalFilter filter, ClosenessMeasure measure, int? samples = null, int seed = 42,
        int maxParallelism = -1, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var f = filter;
        var sample = SourceSample.Draw(graph, f, samples, seed);
        var sources = sample.Sources;
        var batches = (sources.Length + BatchSize - 1) / BatchSize;
        var sums = new ConcurrentBag<Sums>();
        var local = new ThreadLocal<Sums>(() =>
        {
            var created = new Sums(n);
            sums.Add(created);
            return created;
        });
        using (local)
        {
            // A batch returns early on cancellation (an exception thrown inside would arrive wrapped); the check after the loop throws.
            Parallel.For(0, batches, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism }, batch =>
            {
                var start = batch * BatchSize;
                local.Value!.Add(graph, f, sources.AsSpan(start, Math.Min(BatchSize, sources.Length - start)), cancellationToken);
            });
        }

        cancellationToken.ThrowIfCancellationRequested();

        var total = new Sums(n);
        foreach (var part in sums)
            total.Merge(part);
        return measure == ClosenessMeasure.Closeness ? total.Closeness(sample) : total.Harmonic(sample.Scale);
    }

    /// <summary>Per node: sources that reached it, the sum of their distances, and the sum of 1/distance in fixed point.</summary>
    private sealed class Sums(int n)
    {
        private readonly long[] _reached = new long[n];
        private readonly long[] _distance = new long[n];
        private readonly Int128[] _inverse = new Int128[n];
        private ulong[]? _seen, _frontier, _next;

        public void Add(GraphSnapshot graph, in TraversalFilter filter, ReadOnlySpan<int> sources, CancellationToken cancellationToken)
        {
            _seen ??= new ulong[n];
            _frontier ??= new ulong[n];
            _next ??= new ulong[n];
            Array.Clear(_seen);
            Array.Clear(_frontier);
            for (var b = 0; b < sources.Length; b++)
            {
                _seen[sources[b]] |= 1UL << b;
                _frontier[sources[b]] |= 1UL << b;
            }

            for (var level = 1; ; level++)
            {
                if (cancellationToken.IsCancellationRequested)
                    return;
                Array.Clear(_next);
                var any = false;
                for (var v = 0; v < n; v++)
                {
                    var bits = _frontier[v];
                    if (bits == 0)
                        continue;
                    Spread(graph.Out, filter.OutTypes, graph.NodeKinds, filter, v, bits);
                    Spread(graph.In, filter.InTypes, graph.NodeKinds, filter, v, bits);
                }

                var inverse = (Int128)Math.Round(HarmonicUnit / level);
                for (var w = 0; w < n; w++)
                {
                    var fresh = _next[w] & ~_seen[w];
                    _next[w] = fresh;
                    if (fresh == 0)
                        continue;
                    any = true;
                    _seen[w] |= fresh;
                    var count = BitOperations.PopCount(fresh);
                    _reached[w] += count;
                    _distance[w] += (long)count * level;
                    _inverse[w] += inverse * count;
                }

                if (!any)
                    return;
                (_frontier, _next) = (_next, _frontier);
            }
        }

        public void Merge(Sums other)
        {
            for (var v = 0; v < n; v++)
            {
                _reached[v] += other._reached[v];
                _distance[v] += other._distance[v];
                _inverse[v] += other._inverse[v];
            }
        }

        public double[] Closeness(SourceSample sample)
        {
            var scores = new double[n];
            var others = sample.Candidates - 1;
            for (var v = 0; v < n; v++)
            {
                if (_distance[v] == 0 || others <= 0)
                    continue;
                var reached = _reached[v] * sample.Scale;
                scores[v] = reached / (_distance[v] * sample.Scale) * (reached / others);
            }

            return scores;
        }

        public double[] Harmonic(double scale)
        {
            var scores = new double[n];
            for (var v = 0; v < n; v++)
                scores[v] = (double)_inverse[v] / HarmonicUnit * scale;
            return scores;
        }

        private void Spread(AdjacencyIndex index, uint types, byte[] nodeKinds, in TraversalFilter filter, int v, ulong bits)
        {
            if (types == 0)
                return;
            var everything = filter.PassesEverything(types);
            var next = _next!;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (everything || filter.Allows(index, types, i, nodeKinds))
                    next[index.Neighbors[i]] |= bits;
            }
        }
    }
}
