namespace KnowledgeGraph.Projection;

/// <summary>
/// One direction of the CSR adjacency: entries of node <c>v</c> are <c>[Offsets[v], Offsets[v+1])</c>.
/// Each entry repeats its relationship's type and validity so filtered traversals read memory in order.
/// </summary>
internal sealed class AdjacencyIndex
{
    public AdjacencyIndex(int[] offsets, int[] neighbors, int[] edges, byte[] types, int[] validFrom, int[] validTo, int[] statedFrom, int[] statedTo)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Edges = edges;
        Types = types;
        ValidFrom = validFrom;
        ValidTo = validTo;
        StatedFrom = statedFrom;
        StatedTo = statedTo;
    }

    /// <summary>Length node count + 1.</summary>
    public int[] Offsets { get; }

    /// <summary>The node at the other end of each entry.</summary>
    public int[] Neighbors { get; }

    /// <summary>The relationship (its index in <see cref="GraphSnapshot.RelationshipIds"/>) of each entry.</summary>
    public int[] Edges { get; }

    public byte[] Types { get; }

    /// <summary>First day the evidence supports (<see cref="DateOnly.DayNumber"/>), <see cref="int.MinValue"/> when open.</summary>
    public int[] ValidFrom { get; }

    /// <summary>Last day the evidence supports, <see cref="int.MaxValue"/> when open.</summary>
    public int[] ValidTo { get; }

    /// <summary>First stated day, <see cref="int.MinValue"/> when open; the same array as <see cref="ValidFrom"/> when no entry differs.</summary>
    public int[] StatedFrom { get; }

    /// <summary>Last stated day, <see cref="int.MaxValue"/> when open; the same array as <see cref="ValidTo"/> when no entry differs.</summary>
    public int[] StatedTo { get; }

    public long SizeInBytes =>
        (Offsets.LongLength + Neighbors.LongLength + Edges.LongLength + ValidFrom.LongLength + ValidTo.LongLength
            + (ReferenceEquals(StatedFrom, ValidFrom) ? 0 : StatedFrom.LongLength) + (ReferenceEquals(StatedTo, ValidTo) ? 0 : StatedTo.LongLength)) * sizeof(int)
        + Types.LongLength;
}
