using System.Runtime.InteropServices;
using System.Text;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Synthetic;

/// <summary>
/// A graph as a flat binary file for benchmarks, readable with numpy: magic <c>KGEDGES1</c>, node count and edge count
/// (int32), then the columns kinds (uint8 × nodes), sources, targets (int32 × edges), types (uint8 × edges),
/// validFrom, validTo (int32 day numbers, open = int32 min/max), then node ids as UTF-8 lines.
/// Relationship ids are not stored: edge i is <c>rel:syn-i</c>.
/// </summary>
public static class EdgeFile
{
    private static readonly byte[] Magic = "KGEDGES1"u8.ToArray();

    /// <summary>Writes the graph to <paramref name="path"/> in the edge file format.</summary>
    public static void Write(string path, string[] nodeIds, byte[] kinds, EdgeColumns edges)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write(nodeIds.Length);
        writer.Write(edges.Count);
        writer.Write(kinds);
        writer.Write(MemoryMarshal.AsBytes(edges.Sources.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(edges.Targets.AsSpan()));
        writer.Write(edges.Types);
        writer.Write(MemoryMarshal.AsBytes(edges.ValidFrom.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(edges.ValidTo.AsSpan()));
        writer.Write(Encoding.UTF8.GetBytes(string.Join('\n', nodeIds)));
    }

    /// <summary>Reads an edge file written by <see cref="Write"/>.</summary>
    public static (string[] NodeIds, byte[] Kinds, EdgeColumns Edges) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var reader = new BinaryReader(stream);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            throw new InvalidDataException($"{path} is not an edge file (magic KGEDGES1 missing)");
        var nodes = reader.ReadInt32();
        var edges = reader.ReadInt32();
        var kinds = reader.ReadBytes(nodes);
        var columns = new EdgeColumns(ReadInts(reader, edges), ReadInts(reader, edges), reader.ReadBytes(edges), ReadInts(reader, edges), ReadInts(reader, edges));
        var text = Encoding.UTF8.GetString(reader.ReadBytes((int)(stream.Length - stream.Position)));
        var ids = text.Split('\n');
        if (ids.Length != nodes || kinds.Length != nodes)
            throw new InvalidDataException($"{path} is truncated: {nodes} nodes announced");
        return (ids, kinds, columns);
    }

    private static int[] ReadInts(BinaryReader reader, int count)
    {
        var values = new int[count];
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        if (reader.Read(bytes) != bytes.Length)
            throw new InvalidDataException("edge file is truncated");
        return values;
    }
}
