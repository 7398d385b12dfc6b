using System.Text;
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
        var kinds = new ColumnBuilder<byte>();
        // Columns grow in chunks and relationship ids are kept as UTF-8: no string or list growth per relationship survives the read.
        var idBytes = new ColumnBuilder<byte>();
        var idOffsets = new ColumnBuilder<int>();
        idOffsets.Add(0);
        var sources = new ColumnBuilder<int>();
        var targets = new ColumnBuilder<int>();
        var types = new ColumnBuilder<byte>();
        var validFrom = new ColumnBuilder<int>();
        var validTo = new ColumnBuilder<int>();
        var statedFrom = new ColumnBuilder<int>();
        var statedTo = new ColumnBuilder<int>();
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
            AddUtf8(idBytes, edge.Id);
            idOffsets.Add(idBytes.Count);
            sources.Add(NodeOf(edge.From));
            targets.Add(NodeOf(edge.To));
            types.Add((byte)edge.Type);
            validFrom.Add(from);
            validTo.Add(to);
            statedFrom.Add(possibleFrom);
            statedTo.Add(possibleTo);
            anyAttested |= possibleFrom != from || possibleTo != to;
        }

        nodeIndex = null; // the snapshot keeps its own index, built on first lookup: let this one go before the sorts
        // Without attestations both readings are the same days, so the stated columns share the supported ones.
        var columns = new EdgeColumns(sources.ToArray(), targets.ToArray(), types.ToArray(), validFrom.ToArray(), validTo.ToArray());
        if (anyAttested)
            columns = columns with { StatedFrom = statedFrom.ToArray(), StatedTo = statedTo.ToArray() };
        var ids = RelationshipIdTable.OfUtf8(idBytes.ToArray(), idOffsets.ToArray());
        return SnapshotBuilder.Build(version, [.. nodeIds], kinds.ToArray(), columns, ids, SnapshotBuilder.StoreNodeOrder, cancellationToken);
    }

    private static void AddUtf8(ColumnBuilder<byte> bytes, string id)
    {
        Span<byte> scratch = stackalloc byte[256];
        var encoded = id.Length * 3 <= scratch.Length ? scratch[..Encoding.UTF8.GetBytes(id, scratch)] : Encoding.UTF8.GetBytes(id);
        bytes.AddRange(encoded);
    }
}
