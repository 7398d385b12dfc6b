using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Projection;

/// <summary>
/// The edges a store would stream after some journalled writes, from the previous snapshot and those writes alone, in
/// the order the SQLite store streams them (by row: a replaced relationship keeps its place, a new one comes last, a
/// deleted one goes), so a snapshot built from them is the one a fresh read would build.
/// </summary>
internal static class SnapshotUpdate
{
    public static List<EdgeRecord> EdgesAfter(GraphSnapshot previous, IReadOnlyList<StoreChange> changes, CancellationToken cancellationToken = default)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            touched.UnionWith(change.Written.Select(r => r.Id));
            touched.UnionWith(change.Deleted);
        }

        var edges = PreviousEdges(previous, cancellationToken);
        // Where each touched relationship sits now (its row), or absent.
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < edges.Length; e++)
        {
            if (touched.Contains(edges[e].Id))
                slotOf[edges[e].Id] = e;
        }

        var removed = new bool[edges.Length];
        var appended = new List<EdgeRecord?>();
        foreach (var change in changes)
        {
            foreach (var relationship in change.Written)
                Put(Edge(relationship));
            foreach (var id in change.Deleted)
            {
                if (slotOf.Remove(id, out var slot))
                    Remove(slot);
            }
        }

        var result = new List<EdgeRecord>(edges.Length + appended.Count);
        for (var e = 0; e < edges.Length; e++)
        {
            if (!removed[e])
                result.Add(edges[e]);
        }

        foreach (var edge in appended)
        {
            if (edge is { } kept)
                result.Add(kept);
        }

        return result;

        void Put(EdgeRecord edge)
        {
            if (slotOf.TryGetValue(edge.Id, out var slot))
            {
                if (slot < edges.Length)
                    edges[slot] = edge;
                else
                    appended[slot - edges.Length] = edge;
                return;
            }

            slotOf[edge.Id] = edges.Length + appended.Count;
            appended.Add(edge);
        }

        void Remove(int slot)
        {
            if (slot < edges.Length)
                removed[slot] = true;
            else
                appended[slot - edges.Length] = null;
        }
    }

    private static EdgeRecord Edge(Relationship relationship) =>
        new(relationship.Id, relationship.Type, relationship.From, relationship.To, EdgeDays.Of(relationship.Time));

    /// <summary>The previous snapshot's edges in their stream order (edge index), read back from its outgoing entries.</summary>
    private static EdgeRecord[] PreviousEdges(GraphSnapshot snapshot, CancellationToken cancellationToken)
    {
        var adjacency = snapshot.Out;
        var edges = new EdgeRecord[snapshot.EdgeCount];
        for (var v = 0; v < snapshot.NodeCount; v++)
        {
            if ((v & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            for (var i = adjacency.Offsets[v]; i < adjacency.Offsets[v + 1]; i++)
            {
                var e = adjacency.Edges[i];
                edges[e] = new EdgeRecord(snapshot.RelationshipIds[e], (Ontology.RelationshipType)adjacency.Types[i], snapshot.NodeIds[v],
                    snapshot.NodeIds[adjacency.Neighbors[i]], new EdgeDays(adjacency.ValidFrom[i], adjacency.ValidTo[i], adjacency.StatedFrom[i], adjacency.StatedTo[i]));
            }
        }

        return edges;
    }
}
