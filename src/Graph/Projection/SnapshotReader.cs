using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Projection;

/// <summary>Reads a <see cref="GraphSnapshot"/> from any <see cref="IGraphStore"/> through its cheap edge stream.</summary>
internal static class SnapshotReader
{
    /// <summary>
    /// The projection holds every entity that has a relationship (kinds come from the id prefix, so entities need not be read).
    /// The version is read first: a write during the read only makes the snapshot look older, so it is rebuilt next time.
    /// </summary>
    public static async Task<GraphSnapshot> ReadAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        var version = await store.GetVersionAsync(cancellationToken);
        return await FromEdgesAsync(version, store.StreamEdgesAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The snapshot at <paramref name="version"/> of edges in a store's stream order (a store's, or <see cref="SnapshotUpdate"/>'s).</summary>
    public static async Task<GraphSnapshot> FromEdgesAsync(long version, IAsyncEnumerable<EdgeRecord> edgeStream, CancellationToken cancellationToken = default)
    {
        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodeIds = new List<string>();
        var kinds = new List<byte>();
        var relationshipIds = new List<string>();
        var sources = new List<int>();
        var targets = new List<int>();
        var types = new List<byte>();
        var validFrom = new List<int>();
        var validTo = new List<int>();
        var statedFrom = new List<int>();
        var statedTo = new List<int>();
        var anyAttested = false;

        int NodeOf(string id)
        {
            if (nodeIndex.TryGetValue(id, out var node))
                return node;
            var kind = GraphOntology.KindOfId(id) ?? throw new InvalidOperationException($"stored id '{id}' has no known kind prefix");
            node = nodeIds.Count;
            nodeIndex.Add(id, node);
            nodeIds.Add(id);
            kinds.Add((byte)kind);
            return node;
        }

        await foreach (var edge in edgeStream.WithCancellation(cancellationToken))
        {
            var (from, to, possibleFrom, possibleTo) = edge.Days;
            relationshipIds.Add(edge.Id);
            sources.Add(NodeOf(edge.From));
            targets.Add(NodeOf(edge.To));
            types.Add((byte)edge.Type);
            validFrom.Add(from);
            validTo.Add(to);
            statedFrom.Add(possibleFrom);
            statedTo.Add(possibleTo);
            anyAttested |= possibleFrom != from || possibleTo != to;
        }

        // Without attestations both readings are the same days, so the stated columns share the supported ones.
        var columns = new EdgeColumns([.. sources], [.. targets], [.. types], [.. validFrom], [.. validTo]);
        if (anyAttested)
            columns = columns with { StatedFrom = [.. statedFrom], StatedTo = [.. statedTo] };
        return SnapshotBuilder.Build(version, [.. nodeIds], [.. kinds], columns, RelationshipIdTable.Of([.. relationshipIds]), SnapshotBuilder.StoreNodeOrder, cancellationToken);
    }
}
