using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Projection;

/// <summary>
/// Turns edge lists (node indexes, types, validity days) into a <see cref="GraphSnapshot"/> with counting sorts,
/// building the two directions on two threads. Cancellation is checked before the sorts start: each is two passes over
/// the edges (about a second at ten million), and the reading that precedes them checks it per edge.
/// </summary>
public static class SnapshotBuilder
{
    /// <summary>How snapshots read from a store number their nodes (measured in bench/RESULTS.md, "Node order").</summary>
    public const NodeOrder StoreNodeOrder = NodeOrder.BreadthFirst;

    internal static uint UndirectedTypesFromOntology()
    {
        var mask = 0u;
        foreach (var rule in GraphOntology.Relationships)
        {
            if (!rule.Directed)
                mask |= 1u << (int)rule.Type;
        }

        return mask;
    }

    /// <param name="order">How nodes are numbered (<see cref="NodeOrder"/>); tests that compare with the given numbers keep them.</param>
    internal static GraphSnapshot Build(long version, string[] nodeIds, byte[] nodeKinds, EdgeColumns edges, RelationshipIdTable relationshipIds,
        NodeOrder order = NodeOrder.AsGiven, CancellationToken cancellationToken = default)
    {
        if (nodeKinds.Length != nodeIds.Length)
            throw new ArgumentException("one kind per node is needed", nameof(nodeKinds));
        edges.Validate(nodeIds.Length);
        if (order != NodeOrder.AsGiven)
            (nodeIds, nodeKinds, edges) = NodeRenumbering.Apply(NodeRenumbering.Order(nodeIds.Length, edges, order, cancellationToken), nodeIds, nodeKinds, edges);

        AdjacencyIndex? outgoing = null;
        AdjacencyIndex? incoming = null;
        Parallel.Invoke(
            new ParallelOptions { CancellationToken = cancellationToken },
            () => outgoing = BuildDirection(nodeIds.Length, edges, edges.Sources, edges.Targets),
            () => incoming = BuildDirection(nodeIds.Length, edges, edges.Targets, edges.Sources));
        return new GraphSnapshot(version, nodeIds, nodeKinds, outgoing!, incoming!, relationshipIds, UndirectedTypesFromOntology());
    }

    private static AdjacencyIndex BuildDirection(int nodeCount, EdgeColumns edges, int[] keys, int[] others)
    {
        var count = keys.Length;
        var offsets = new int[nodeCount + 1];
        for (var e = 0; e < count; e++)
            offsets[keys[e] + 1]++;
        for (var v = 0; v < nodeCount; v++)
            offsets[v + 1] += offsets[v];

        var cursor = new int[nodeCount];
        Array.Copy(offsets, cursor, nodeCount);
        var neighbors = new int[count];
        var edgeIds = new int[count];
        var types = new byte[count];
        var validFrom = new int[count];
        var validTo = new int[count];
        var sharedFrom = ReferenceEquals(edges.StatedFrom, edges.ValidFrom);
        var sharedTo = ReferenceEquals(edges.StatedTo, edges.ValidTo);
        var statedFrom = sharedFrom ? validFrom : new int[count];
        var statedTo = sharedTo ? validTo : new int[count];
        for (var e = 0; e < count; e++)
        {
            var at = cursor[keys[e]]++;
            neighbors[at] = others[e];
            edgeIds[at] = e;
            types[at] = edges.Types[e];
            validFrom[at] = edges.ValidFrom[e];
            validTo[at] = edges.ValidTo[e];
            if (!sharedFrom)
                statedFrom[at] = edges.StatedFrom[e];
            if (!sharedTo)
                statedTo[at] = edges.StatedTo[e];
        }

        return new AdjacencyIndex(offsets, neighbors, edgeIds, types, validFrom, validTo, statedFrom, statedTo);
    }
}
