using System.Collections.Concurrent;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Betweenness centrality by Brandes' algorithm over the filtered relationships, unnormalised (undirected by default,
/// where each pair counts once). Exact from every source, or estimated from <c>samples</c> sources drawn
/// with a fixed seed and scaled by nodes/samples. Parallel relationships count as separate shortest paths.
/// Sources are dealt to <see cref="Lanes"/> lanes whatever the core count: each lane adds its sources' dependencies in
/// order and the lanes are added in order, so the scores are the same bits on one core or many. Cancellation is checked
/// before each source (one breadth-first search and its back-propagation), so a cancelled run stops within one source per core.
/// </summary>
public static class Betweenness
{
    /// <summary>Enough lanes to keep eight cores busy; each holds one total per node (8 MB per million nodes).</summary>
    private const int Lanes = 8;

    /// <param name="maxParallelism">Most lanes run at once (-1: as many as the cores allow); the scores do not depend on it.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the last source.</exception>
    public static double[] Compute(GraphSnapshot graph, in TraversalFilter filter, int? samples = null, int seed = 42, int maxParallelism = -1, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var f = filter;
        var sample = SourceSample.Draw(graph, f, samples, seed);
        var sources = sample.Sources;
        var scale = (f.Direction == Direction.Both ? 0.5 : 1.0) * sample.Scale;
        var lanes = Math.Max(1, Math.Min(Lanes, sources.Length));
        var totals = new double[lanes][];
        var idle = new ConcurrentBag<BrandesWork>();

        // Lanes return early on cancellation (an exception thrown inside would arrive wrapped); the check after the loop throws.
        Parallel.For(0, lanes, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism }, lane =>
        {
            var work = idle.TryTake(out var reused) ? reused : new BrandesWork(n);
            var centrality = new double[n];
            for (var s = lane; s < sources.Length; s += lanes)
            {
                if (cancellationToken.IsCancellationRequested)
                    return;
                work.Accumulate(graph, f, sources[s], centrality);
            }

            totals[lane] = centrality;
            idle.Add(work);
        });
        cancellationToken.ThrowIfCancellationRequested();

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

    /// <summary>
    /// One worker's arrays, allocated once and reused for every source it handles. What a node's visit needs sits in one
    /// struct, so a random access costs one cache miss instead of three.
    /// </summary>
    private sealed class BrandesWork(int n)
    {
        private readonly NodeState[] _state = CreateStates(n);
        private readonly int[] _order = new int[n];

        public void Accumulate(GraphSnapshot graph, TraversalFilter filter, int source, double[] centrality)
        {
            var count = 0;
            _order[count++] = source;
            _state[source].Distance = 0;
            _state[source].Sigma = 1;
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
                ref var state = ref _state[v];
                var dependency = state.Sigma * sum;
                state.Coefficient = (1 + dependency) / state.Sigma;
                if (v != source)
                    centrality[v] += dependency;
            }

            for (var i = 0; i < count; i++)
                _state[_order[i]] = NodeState.Unvisited;
        }

        private int Visit(AdjacencyIndex index, uint types, GraphSnapshot graph, TraversalFilter filter, int v, int count)
        {
            if (types == 0)
                return count;
            var next = _state[v].Distance + 1;
            var sigma = _state[v].Sigma;
            var everything = filter.PassesEverything(types);
            var neighbors = index.Neighbors;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (!everything && !filter.Allows(index, types, i, graph.NodeKinds))
                    continue;
                ref var state = ref _state[neighbors[i]];
                if (state.Distance < 0)
                {
                    state.Distance = next;
                    _order[count++] = neighbors[i];
                }

                if (state.Distance == next)
                    state.Sigma += sigma;
            }

            return count;
        }

        /// <summary>Sum over successors w of (1 + delta[w]) / sigma[w]; multiplied by sigma[v] it is v's dependency.</summary>
        private double Successors(AdjacencyIndex index, uint types, GraphSnapshot graph, TraversalFilter filter, int v)
        {
            if (types == 0)
                return 0;
            var next = _state[v].Distance + 1;
            var sum = 0.0;
            var everything = filter.PassesEverything(types);
            var neighbors = index.Neighbors;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (!everything && !filter.Allows(index, types, i, graph.NodeKinds))
                    continue;
                ref readonly var state = ref _state[neighbors[i]];
                if (state.Distance == next)
                    sum += state.Coefficient;
            }

            return sum;
        }

        private static NodeState[] CreateStates(int n)
        {
            var states = new NodeState[n];
            Array.Fill(states, NodeState.Unvisited);
            return states;
        }
    }

    /// <summary>Per source: paths counted to the node, its (1 + dependency) / paths once known, its BFS distance (-1 = unseen).</summary>
    private struct NodeState
    {
        public static readonly NodeState Unvisited = new() { Distance = -1 };

        public double Sigma;
        public double Coefficient;
        public int Distance;
    }
}
