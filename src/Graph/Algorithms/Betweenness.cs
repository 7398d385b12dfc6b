using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Betweenness centrality by Brandes' algorithm over the filtered relationships, unnormalised (undirected by default,
/// where each pair counts once). Exact from every source, or estimated from <paramref name="samples"/> sources drawn
/// with a fixed seed and scaled by nodes/samples. Parallel relationships count as separate shortest paths.
/// Sources are split over the cores, each with its own working arrays and totals.
/// </summary>
internal static class Betweenness
{
    public static double[] Compute(GraphSnapshot graph, in TraversalFilter filter, int? samples = null, int seed = 42)
    {
        var n = graph.NodeCount;
        var f = filter;
        var candidates = new List<int>(n);
        for (var v = 0; v < n; v++)
        {
            if (f.AllowsNode(v, graph.NodeKinds))
                candidates.Add(v);
        }

        var sources = candidates.ToArray();
        var scale = f.Direction == TraversalDirection.Both ? 0.5 : 1.0;
        if (samples is { } k && k < sources.Length)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
            new Random(seed).Shuffle(sources);
            scale *= (double)sources.Length / k;
            sources = sources[..k];
        }

        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, sources.Length));
        var totals = new double[workers][];
        Parallel.For(0, workers, w =>
        {
            var work = new BrandesWork(n);
            for (var s = w; s < sources.Length; s += workers)
                work.Accumulate(graph, f, sources[s]);
            totals[w] = work.Centrality;
        });

        var result = new double[n];
        foreach (var partial in totals)
        {
            for (var v = 0; v < n; v++)
                result[v] += partial[v];
        }

        for (var v = 0; v < n; v++)
            result[v] *= scale;
        return result;
    }

    /// <summary>One worker's arrays: allocated once, reused for every source it handles.</summary>
    private sealed class BrandesWork(int n)
    {
        private readonly int[] _distance = CreateFilled(n);
        private readonly double[] _sigma = new double[n];
        private readonly double[] _delta = new double[n];
        private readonly int[] _order = new int[n];

        public double[] Centrality { get; } = new double[n];

        public void Accumulate(GraphSnapshot graph, TraversalFilter filter, int source)
        {
            var count = 0;
            _order[count++] = source;
            _distance[source] = 0;
            _sigma[source] = 1;
            for (var head = 0; head < count; head++)
            {
                var v = _order[head];
                count = Visit(graph.Out, filter.OutTypes, graph, filter, v, count);
                count = Visit(graph.In, filter.InTypes, graph, filter, v, count);
            }

            for (var i = count - 1; i >= 0; i--)
            {
                var v = _order[i];
                var sum = Successors(graph.Out, filter.OutTypes, graph, filter, v) + Successors(graph.In, filter.InTypes, graph, filter, v);
                var dependency = _sigma[v] * sum;
                _delta[v] = dependency;
                if (v != source)
                    Centrality[v] += dependency;
            }

            for (var i = 0; i < count; i++)
            {
                var v = _order[i];
                _distance[v] = -1;
                _sigma[v] = 0;
                _delta[v] = 0;
            }
        }

        private int Visit(AdjacencyIndex index, uint types, GraphSnapshot graph, TraversalFilter filter, int v, int count)
        {
            if (types == 0)
                return count;
            var next = _distance[v] + 1;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (!filter.Allows(index, types, i, graph.NodeKinds))
                    continue;
                var w = index.Neighbors[i];
                if (_distance[w] < 0)
                {
                    _distance[w] = next;
                    _order[count++] = w;
                }

                if (_distance[w] == next)
                    _sigma[w] += _sigma[v];
            }

            return count;
        }

        /// <summary>Sum over successors w of (1 + delta[w]) / sigma[w]; multiplied by sigma[v] it is v's dependency.</summary>
        private double Successors(AdjacencyIndex index, uint types, GraphSnapshot graph, TraversalFilter filter, int v)
        {
            if (types == 0)
                return 0;
            var next = _distance[v] + 1;
            var sum = 0.0;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (!filter.Allows(index, types, i, graph.NodeKinds))
                    continue;
                var w = index.Neighbors[i];
                if (_distance[w] == next)
                    sum += (1 + _delta[w]) / _sigma[w];
            }

            return sum;
        }

        private static int[] CreateFilled(int n)
        {
            var array = new int[n];
            Array.Fill(array, -1);
            return array;
        }
    }
}
