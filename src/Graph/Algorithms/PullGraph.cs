using System.Runtime.CompilerServices;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// For iterative algorithms that pull along a filter: one CSR whose row v lists every node that passes score to v
/// (along relationships pointing at v, then against those v points from). The filter is evaluated once while building,
/// so the iterations read one contiguous run of ints per node with no mask test and no second adjacency.
/// <see cref="Along"/> is the other way round, for searches: row v lists the nodes a walk from v steps to. Each row is
/// sorted by node.
/// </summary>
internal sealed class PullGraph
{
    private static readonly ConditionalWeakTable<GraphSnapshot, PullGraphCache> Caches = new();

    private PullGraph(int[] offsets, int[] sources, int[] degree)
    {
        Offsets = offsets;
        Sources = sources;
        Degree = degree;
    }

    /// <summary>Length node count + 1.</summary>
    public int[] Offsets { get; }

    public int[] Sources { get; }

    /// <summary>
    /// How many rows each node appears in: the relationships it passes score along, the same numbers as
    /// <see cref="Algorithms.Degree.Count"/> gives for the filter, counted here from the rows instead of re-testing the filter.
    /// </summary>
    public int[] Degree { get; }

    /// <summary>The pull graph of a filter, built on first use and kept with the snapshot (a few filters at a time).</summary>
    public static PullGraph For(GraphSnapshot graph, in TraversalFilter filter, CancellationToken cancellationToken)
    {
        var f = filter;
        return Caches.GetValue(graph, _ => new PullGraphCache()).Get(f.Key, () => Build(graph, f, f.OutTypes, f.InTypes, cancellationToken));
    }

    /// <summary>
    /// Rows of the nodes each node steps to under the filter (against relationships pointing at it, then along its own).
    /// A filter walking every type both ways or neither has the same rows as its pull graph, which is reused.
    /// </summary>
    public static PullGraph Along(GraphSnapshot graph, in TraversalFilter filter, CancellationToken cancellationToken)
    {
        var f = filter;
        if (f.OutTypes == f.InTypes)
            return For(graph, f, cancellationToken);
        return Caches.GetValue(graph, _ => new PullGraphCache()).Get("along:" + f.Key, () => Build(graph, f, f.InTypes, f.OutTypes, cancellationToken));
    }

    /// <summary>
    /// Row v, sorted: the incoming entries of v whose type is in <paramref name="intoTypes"/>, then the outgoing ones in
    /// <paramref name="againstTypes"/>. Builds over the cores; cancellation is checked between the ranges each pass is split into.
    /// </summary>
    private static PullGraph Build(GraphSnapshot graph, in TraversalFilter filter, uint intoTypes, uint againstTypes, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var f = filter;
        var trivial = f.PassesEverything(intoTypes) && f.PassesEverything(againstTypes);
        var into = trivial ? [] : EntryMask.Build(graph.In, f, intoTypes, graph.NodeKinds, cancellationToken);
        var against = trivial ? [] : EntryMask.Build(graph.Out, f, againstTypes, graph.NodeKinds, cancellationToken);
        var offsets = new int[n + 1];
        var ranges = NodeRanges.Split(graph.In.Offsets, graph.Out.Offsets, Environment.ProcessorCount * 4);
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // Two passes over the same ranges: count each row, then (after a prefix sum) copy the passing entries.
        Parallel.For(0, ranges.Length, parallel, r =>
        {
            var (start, end) = ranges[r];
            for (var v = start; v < end; v++)
            {
                // Rows of nodes outside the kind filter stay empty: they receive nothing and pass nothing on.
                if (!f.AllowsNode(v, graph.NodeKinds))
                    continue;
                offsets[v + 1] = trivial
                    ? graph.In.Offsets[v + 1] - graph.In.Offsets[v] + graph.Out.Offsets[v + 1] - graph.Out.Offsets[v]
                    : CountSet(into, graph.In.Offsets[v], graph.In.Offsets[v + 1]) + CountSet(against, graph.Out.Offsets[v], graph.Out.Offsets[v + 1]);
            }
        });
        for (var v = 0; v < n; v++)
            offsets[v + 1] += offsets[v];

        var sources = new int[offsets[n]];
        Parallel.For(0, ranges.Length, parallel, r =>
        {
            var (start, end) = ranges[r];
            for (var v = start; v < end; v++)
            {
                var at = Copy(graph.In, into, trivial, v, sources, offsets[v]);
                var last = Copy(graph.Out, against, trivial, v, sources, at);
                // Sorted rows read the arrays they gather from in ascending addresses, which the prefetcher follows.
                sources.AsSpan(offsets[v], last - offsets[v]).Sort();
            }
        });
        return new PullGraph(offsets, sources, CountAppearances(offsets, sources, trivial));
    }

    private static int[] CountAppearances(int[] offsets, int[] sources, bool symmetric)
    {
        var n = offsets.Length - 1;
        var degree = new int[n];
        if (symmetric)
        {
            // With every relationship walked both ways a node appears once per entry of its own row.
            for (var v = 0; v < n; v++)
                degree[v] = offsets[v + 1] - offsets[v];
            return degree;
        }

        foreach (var u in sources)
            degree[u]++;
        return degree;
    }

    private static int CountSet(ulong[] mask, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
            count += (int)((mask[i >> 6] >> i) & 1UL);
        return count;
    }

    private static int Copy(AdjacencyIndex index, ulong[] mask, bool all, int v, int[] sources, int at)
    {
        int start = index.Offsets[v], end = index.Offsets[v + 1];
        if (all)
        {
            Array.Copy(index.Neighbors, start, sources, at, end - start);
            return at + end - start;
        }

        for (var i = start; i < end; i++)
        {
            if (((mask[i >> 6] >> i) & 1UL) != 0)
                sources[at++] = index.Neighbors[i];
        }

        return at;
    }

    /// <summary>The last few pull graphs of one snapshot; each costs 4 bytes per passing entry.</summary>
    private sealed class PullGraphCache
    {
        private const int Capacity = 2;
        private readonly List<(string Key, PullGraph Graph)> _entries = [];

        public PullGraph Get(string key, Func<PullGraph> build)
        {
            lock (_entries)
            {
                var found = _entries.FindIndex(e => e.Key == key);
                if (found >= 0)
                    return _entries[found].Graph;
            }

            var built = build();
            lock (_entries)
            {
                if (_entries.Count == Capacity)
                    _entries.RemoveAt(0);
                _entries.Add((key, built));
            }

            return built;
        }
    }
}
