using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Projection;

/// <summary>
/// What a traversal may use, checked entry by entry while it runs (no per-query copy of the graph):
/// relationships valid at some day in [<see cref="SinceDay"/>, <see cref="UntilDay"/>] whose type is allowed in the
/// direction walked, leading to nodes of allowed kinds. Built by <see cref="GraphSnapshot.Filter"/>.
/// </summary>
internal readonly record struct TraversalFilter(int SinceDay, int UntilDay, uint OutTypes, uint InTypes, uint Kinds, TraversalDirection Direction)
{
    public const uint AllKinds = uint.MaxValue;

    public bool ChecksWindow => SinceDay != int.MinValue || UntilDay != int.MaxValue;

    public bool ChecksKinds => Kinds != AllKinds;

    /// <summary>A stable text for cache keys.</summary>
    public string Key => $"{SinceDay}:{UntilDay}:{OutTypes:x}:{InTypes:x}:{Kinds:x}";

    /// <summary>True when entry <paramref name="i"/> of <paramref name="index"/> may be walked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Allows(AdjacencyIndex index, uint types, int i, byte[] nodeKinds) =>
        ((types >> index.Types[i]) & 1u) != 0
        && index.ValidFrom[i] <= UntilDay
        && index.ValidTo[i] >= SinceDay
        && ((Kinds >> nodeKinds[index.Neighbors[i]]) & 1u) != 0;

    /// <summary>True when entry <paramref name="i"/> has an allowed type and overlaps the window (kinds not checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AllowsEdge(AdjacencyIndex index, uint types, int i) =>
        ((types >> index.Types[i]) & 1u) != 0
        && index.ValidFrom[i] <= UntilDay
        && index.ValidTo[i] >= SinceDay;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AllowsNode(int node, byte[] nodeKinds) => ((Kinds >> nodeKinds[node]) & 1u) != 0;
}
