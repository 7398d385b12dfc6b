namespace KnowledgeGraph.Analytics;

/// <summary>Every slot of <see cref="HeavyComputations"/> is taken; the caller may retry once one frees up.</summary>
public sealed class HeavyComputationsBusyException(int slots)
    : Exception($"all {slots} slots for heavy computations are in use; retry shortly")
{
    /// <summary>How many slots there are, all of them taken.</summary>
    public int Slots { get; } = slots;
}
