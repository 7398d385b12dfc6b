using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Fewest-hops path by bidirectional breadth-first search: each round expands one level of the side whose frontier
/// has fewer adjacency entries and stops at the first join, and checks every relationship against the filter as it is walked.
/// With <see cref="Direction.Both"/> (the default) relationships are followed regardless of direction.
/// Path endpoints are exempt from the kind filter; nodes in between must match it. Cancellation is checked between levels:
/// a level reads each frontier entry once, so on the largest graphs that is milliseconds apart.
/// </summary>
public static class ShortestPathSearch
{
    internal const int NoBlockStamp = 0;

    /// <summary>A fewest-hops path from <paramref name="source"/> to <paramref name="target"/> of at most <paramref name="maxHops"/> hops, or null when there is none.</summary>
    public static GraphPath? Find(GraphSnapshot graph, in TraversalFilter filter, int source, int target, int maxHops, CancellationToken cancellationToken = default) =>
        Find(graph, filter, source, target, maxHops, SearchScratch.For(graph.NodeCount), NoBlockStamp, [], cancellationToken);

    /// <summary>
    /// The search Yen's algorithm needs: nodes stamped with <paramref name="blockStamp"/> in <see cref="SearchScratch.Blocked"/>
    /// are not entered, and the source may not step directly to any node in <paramref name="blockedFirstHops"/>.
    /// </summary>
    internal static GraphPath? Find(GraphSnapshot graph, in TraversalFilter filter, int source, int target, int maxHops, SearchScratch scratch, int blockStamp, ReadOnlySpan<int> blockedFirstHops, CancellationToken cancellationToken)
    {
        if ((uint)source >= (uint)graph.NodeCount || (uint)target >= (uint)graph.NodeCount)
            throw new ArgumentOutOfRangeException(nameof(source), "source and target must be nodes of the snapshot");
        if (maxHops < 0)
            return null;
        if (source == target)
            return new GraphPath([source], []);

        var stamp = scratch.NextStamp();
        var visits = scratch.Visits;
        var queueF = scratch.QueueForward;
        var queueB = scratch.QueueBackward;
        visits[source].MarkForward = stamp;
        visits[source].DistanceForward = 0;
        queueF[0] = source;
        visits[target].MarkBackward = stamp;
        visits[target].DistanceBackward = 0;
        queueB[0] = target;

        var side = new SearchSides(graph, filter, scratch, stamp, blockStamp, source, target);
        int startF = 0, endF = 1, startB = 0, endB = 1, levelF = 0, levelB = 0;
        var meet = Meeting.None;
        while (startF < endF && startB < endB && levelF + levelB + 1 <= maxHops)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (side.EntryCount(queueF, startF, endF, forward: true) <= side.EntryCount(queueB, startB, endB, forward: false))
            {
                var next = side.ExpandLevel(forward: true, startF, endF, levelF, blockedFirstHops, ref meet);
                startF = endF;
                endF = next;
                levelF++;
            }
            else
            {
                var next = side.ExpandLevel(forward: false, startB, endB, levelB, blockedFirstHops, ref meet);
                startB = endB;
                endB = next;
                levelB++;
            }

            if (meet.Length <= maxHops)
                return Reconstruct(scratch, source, target, meet);
        }

        return null;
    }

    private static GraphPath Reconstruct(SearchScratch scratch, int source, int target, Meeting meet)
    {
        var forwardHops = scratch.Visits[meet.ForwardNode].DistanceForward;
        var nodes = new int[meet.Length + 1];
        var edges = new int[meet.Length];
        var at = meet.ForwardNode;
        for (var i = forwardHops; i > 0; i--)
        {
            nodes[i] = at;
            edges[i - 1] = scratch.ParentEdgeForward[at];
            at = scratch.ParentNodeForward[at];
        }

        nodes[0] = source;
        edges[forwardHops] = meet.Edge;
        at = meet.BackwardNode;
        for (var i = forwardHops + 1; i < meet.Length; i++)
        {
            nodes[i] = at;
            edges[i] = scratch.ParentEdgeBackward[at];
            at = scratch.ParentNodeBackward[at];
        }

        nodes[meet.Length] = target;
        return new GraphPath(nodes, edges);
    }

    /// <summary>The best join found so far: forward node, the relationship walked, backward node.</summary>
    private struct Meeting
    {
        public static Meeting None => new() { Length = int.MaxValue };

        public int Length;
        public int ForwardNode;
        public int Edge;
        public int BackwardNode;
    }

    /// <summary>The two half-searches over shared scratch; backward walks relationships against the forward direction.</summary>
    private readonly ref struct SearchSides
    {
        private readonly GraphSnapshot _graph;
        private readonly TraversalFilter _filter;
        private readonly SearchScratch _scratch;
        private readonly int _stamp;
        private readonly int _blockStamp;
        private readonly int _source;
        private readonly int _target;

        public SearchSides(GraphSnapshot graph, TraversalFilter filter, SearchScratch scratch, int stamp, int blockStamp, int source, int target)
        {
            _graph = graph;
            _filter = filter;
            _scratch = scratch;
            _stamp = stamp;
            _blockStamp = blockStamp;
            _source = source;
            _target = target;
        }

        public long EntryCount(int[] queue, int start, int end, bool forward)
        {
            var outOffsets = _graph.Out.Offsets;
            var inOffsets = _graph.In.Offsets;
            var useOut = (forward ? _filter.OutTypes : _filter.InTypes) != 0;
            var useIn = (forward ? _filter.InTypes : _filter.OutTypes) != 0;
            long total = 0;
            for (var i = start; i < end; i++)
            {
                var v = queue[i];
                if (useOut)
                    total += outOffsets[v + 1] - outOffsets[v];
                if (useIn)
                    total += inOffsets[v + 1] - inOffsets[v];
            }

            return total;
        }

        public int ExpandLevel(bool forward, int start, int end, int level, ReadOnlySpan<int> blockedFirstHops, ref Meeting meet)
        {
            var queue = forward ? _scratch.QueueForward : _scratch.QueueBackward;
            var next = end;
            for (var q = start; q < end && meet.Length == int.MaxValue; q++)
            {
                var u = queue[q];
                next = Walk(forward, forward ? _graph.Out : _graph.In, _filter.OutTypes, u, level, next, blockedFirstHops, ref meet);
                if (meet.Length == int.MaxValue)
                    next = Walk(forward, forward ? _graph.In : _graph.Out, _filter.InTypes, u, level, next, blockedFirstHops, ref meet);
            }

            return next;
        }

        private int Walk(bool forward, AdjacencyIndex index, uint types, int u, int level, int next, ReadOnlySpan<int> blockedFirstHops, ref Meeting meet)
        {
            if (types == 0)
                return next;
            var filter = _filter;
            var kinds = _graph.NodeKinds;
            var checkKinds = filter.ChecksKinds;
            var blocked = _scratch.Blocked;
            var visits = _scratch.Visits;
            var parentNode = forward ? _scratch.ParentNodeForward : _scratch.ParentNodeBackward;
            var parentEdge = forward ? _scratch.ParentEdgeForward : _scratch.ParentEdgeBackward;
            var queue = forward ? _scratch.QueueForward : _scratch.QueueBackward;
            var neighbors = index.Neighbors;
            var checkEdges = types != uint.MaxValue || filter.ChecksWindow;
            var end = index.Offsets[u + 1];
            for (var i = index.Offsets[u]; i < end; i++)
            {
                if (checkEdges && !filter.AllowsEdge(index, types, i))
                    continue;
                var w = neighbors[i];
                if (_blockStamp != NoBlockStamp && blocked[w] == _blockStamp)
                    continue;
                if (checkKinds && w != _source && w != _target && !filter.AllowsNode(w, kinds))
                    continue;
                if (blockedFirstHops.Length > 0 && IsBlockedFirstHop(forward, u, w, blockedFirstHops))
                    continue;
                ref var visit = ref visits[w];
                if ((forward ? visit.MarkBackward : visit.MarkForward) == _stamp)
                {
                    // The first join is a shortest one: had a shorter one existed, an earlier round would have found it.
                    meet.Length = level + 1 + (forward ? visit.DistanceBackward : visit.DistanceForward);
                    meet.Edge = index.Edges[i];
                    meet.ForwardNode = forward ? u : w;
                    meet.BackwardNode = forward ? w : u;
                    return next;
                }

                if ((forward ? visit.MarkForward : visit.MarkBackward) != _stamp)
                {
                    if (forward)
                    {
                        visit.MarkForward = _stamp;
                        visit.DistanceForward = level + 1;
                    }
                    else
                    {
                        visit.MarkBackward = _stamp;
                        visit.DistanceBackward = level + 1;
                    }

                    parentNode[w] = u;
                    parentEdge[w] = index.Edges[i];
                    queue[next++] = w;
                }
            }

            return next;
        }

        private bool IsBlockedFirstHop(bool forward, int u, int w, ReadOnlySpan<int> blockedFirstHops)
        {
            if (forward ? u != _source : w != _source)
                return false;
            return blockedFirstHops.Contains(forward ? w : u);
        }
    }
}
