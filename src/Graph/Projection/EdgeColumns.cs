namespace KnowledgeGraph.Projection;

/// <summary>
/// Relationships as parallel columns (node indexes, type byte, validity days): what a projection is built from.
/// <see cref="ValidFrom"/>/<see cref="ValidTo"/> are the days the evidence supports; <see cref="StatedFrom"/>/<see cref="StatedTo"/>
/// the stated interval a window asking for every possible relationship reads. Graphs without attestations (synthetic ones)
/// pass the same arrays for both, which costs no memory.
/// </summary>
public sealed record EdgeColumns(int[] Sources, int[] Targets, byte[] Types, int[] ValidFrom, int[] ValidTo)
{
    /// <summary>Each relationship's stated start day; <see cref="ValidFrom"/> when there are no attestations.</summary>
    public int[] StatedFrom { get; init; } = ValidFrom;

    /// <summary>Each relationship's stated end day; <see cref="ValidTo"/> when there are no attestations.</summary>
    public int[] StatedTo { get; init; } = ValidTo;

    /// <summary>How many relationships the columns hold.</summary>
    public int Count => Sources.Length;

    /// <summary>Throws <see cref="ArgumentException"/> unless the columns have equal lengths, every node index is below <paramref name="nodeCount"/> and each supported span lies within its stated one.</summary>
    public void Validate(int nodeCount)
    {
        var n = Sources.Length;
        if (Targets.Length != n || Types.Length != n || ValidFrom.Length != n || ValidTo.Length != n || StatedFrom.Length != n || StatedTo.Length != n)
            throw new ArgumentException("edge columns must have the same length");
        for (var e = 0; e < n; e++)
        {
            if ((uint)Sources[e] >= (uint)nodeCount || (uint)Targets[e] >= (uint)nodeCount)
                throw new ArgumentException($"edge {e} points at a node outside 0..{nodeCount - 1}");
            if (ValidFrom[e] > ValidTo[e])
                throw new ArgumentException($"edge {e} ends before it starts");
            if (StatedFrom[e] > ValidFrom[e] || StatedTo[e] < ValidTo[e])
                throw new ArgumentException($"edge {e} is supported outside its stated interval");
        }
    }
}
