using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// The k fewest-hops simple paths (Yen), shortest first; ties keep the order they were found in.
/// Paths differ by their node sequence: parallel relationships between the same two nodes do not make a new path.
/// Every spur search is a filtered bidirectional search, so window, types and kinds hold on every path.
/// Cancellation is checked before every spur search (and by each search between its levels).
/// </summary>
public static class KShortestPaths
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the k-th path.</exception>
    public static IReadOnlyList<GraphPath> Find(GraphSnapshot graph, in TraversalFilter filter, int source, int target, int k, int maxHops, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var accepted = new List<GraphPath>(k);
        var first = ShortestPathSearch.Find(graph, filter, source, target, maxHops, cancellationToken);
        if (first is null)
            return accepted;
        accepted.Add(first);
        if (source == target)
            return accepted;

        var scratch = SearchScratch.For(graph.NodeCount);
        var candidates = new PriorityQueue<GraphPath, (int Length, long Order)>();
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        long order = 0;
        var blockedFirstHops = new List<int>();
        while (accepted.Count < k)
        {
            var previous = accepted[^1];
            for (var spurIndex = 0; spurIndex < previous.Nodes.Length - 1; spurIndex++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var spur = previous.Nodes[spurIndex];
                blockedFirstHops.Clear();
                foreach (var path in accepted)
                {
                    if (path.Nodes.Length > spurIndex + 1 && SharesRoot(path, previous, spurIndex))
                        blockedFirstHops.Add(path.Nodes[spurIndex + 1]);
                }

                var blockStamp = scratch.NextBlockStamp();
                for (var i = 0; i < spurIndex; i++)
                    scratch.Blocked[previous.Nodes[i]] = blockStamp;

                var spurPath = ShortestPathSearch.Find(graph, filter, spur, target, maxHops - spurIndex, scratch, blockStamp, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(blockedFirstHops), cancellationToken);
                if (spurPath is null)
                    continue;
                var candidate = Join(previous, spurIndex, spurPath);
                if (known.Add(Key(candidate)))
                    candidates.Enqueue(candidate, (candidate.Length, order++));
            }

            if (!candidates.TryDequeue(out var next, out _))
                break;
            accepted.Add(next);
        }

        return accepted;
    }

    private static bool SharesRoot(GraphPath path, GraphPath previous, int spurIndex) =>
        path.Nodes.AsSpan(0, spurIndex + 1).SequenceEqual(previous.Nodes.AsSpan(0, spurIndex + 1));

    private static GraphPath Join(GraphPath root, int spurIndex, GraphPath spur)
    {
        var nodes = new int[spurIndex + spur.Nodes.Length];
        var edges = new int[spurIndex + spur.Edges.Length];
        root.Nodes.AsSpan(0, spurIndex).CopyTo(nodes);
        spur.Nodes.CopyTo(nodes.AsSpan(spurIndex));
        root.Edges.AsSpan(0, spurIndex).CopyTo(edges);
        spur.Edges.CopyTo(edges.AsSpan(spurIndex));
        return new GraphPath(nodes, edges);
    }

    private static string Key(GraphPath path) => string.Join(',', path.Nodes);
}
