namespace KnowledgeGraph.Projection;

/// <summary>
/// One direction of the CSR adjacency: entries of node <c>v</c> are <c>[Offsets[v], Offsets[v+1])</c>.
/// Each entry repeats its relationship's type and validity so filtered traversals read memory in order.
/// </summary>
internal sealed class AdjacencyIndex
{
    public AdjacencyIndex(int[] offsets, int[] neighbors, int[] edges, byte[] types, int[] validFrom, int[] validTo)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Edges = edges;
        Types = types;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>Length node count + 1.</summary>
    public int[] Offsets { get; }

    /// <summary>The node at the other end of each entry.</summary>
    public int[] Neighbors { get; }

    /// <summary>The relationship (its index in <see cref="GraphSnapshot.RelationshipIds"/>) of each entry.</summary>
    public int[] Edges { get; }

    public byte[] Types { get; }

    /// <summary>First valid day (<see cref="DateOnly.DayNumber"/>), <see cref="int.MinValue"/> when open.</summary>
    public int[] ValidFrom { get; }

    /// <summary>Last valid day, <see cref="int.MaxValue"/> when open.</summary>
    public int[] ValidTo { get; }

    public long SizeInBytes => (Offsets.LongLength + Neighbors.LongLength + Edges.LongLength + ValidFrom.LongLength + ValidTo.LongLength) * sizeof(int) + Types.LongLength;
}
