using System.Runtime.CompilerServices;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Projection;

/// <summary>
/// What a traversal may use, checked entry by entry while it runs (no per-query copy of the graph):
/// relationships counting at some day in [<see cref="SinceDay"/>, <see cref="UntilDay"/>] (the days their evidence
/// supports, or with <see cref="Possible"/> their stated interval) whose type is allowed in the direction walked,
/// leading to nodes of allowed kinds. Built by <see cref="GraphSnapshot.Filter"/>.
/// </summary>
public readonly record struct TraversalFilter(int SinceDay, int UntilDay, uint OutTypes, uint InTypes, uint Kinds, Direction Direction, bool Possible = false)
{
    /// <summary>The <see cref="Kinds"/> mask that allows every kind.</summary>
    public const uint AllKinds = uint.MaxValue;

    /// <summary>True when the window excludes some days.</summary>
    public bool ChecksWindow => SinceDay != int.MinValue || UntilDay != int.MaxValue;

    /// <summary>True when some kinds are excluded.</summary>
    public bool ChecksKinds => Kinds != AllKinds;

    /// <summary>A stable text for cache keys.</summary>
    public string Key => $"{SinceDay}:{UntilDay}:{(Possible ? "possible" : "supported")}:{OutTypes:x}:{InTypes:x}:{Kinds:x}";

    /// <summary>True when entry <paramref name="i"/> of <paramref name="index"/> may be walked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Allows(AdjacencyIndex index, uint types, int i, byte[] nodeKinds) =>
        ((types >> index.Types[i]) & 1u) != 0
        && InWindow(index, i)
        && (Kinds == AllKinds || ((Kinds >> nodeKinds[index.Neighbors[i]]) & 1u) != 0);

    /// <summary>True when every entry walked with <paramref name="types"/> passes, so hot loops may skip the checks.</summary>
    internal bool PassesEverything(uint types) => types == uint.MaxValue && !ChecksWindow && !ChecksKinds;

    /// <summary>True when entry <paramref name="i"/> has an allowed type and overlaps the window (kinds not checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AllowsEdge(AdjacencyIndex index, uint types, int i) =>
        ((types >> index.Types[i]) & 1u) != 0
        && InWindow(index, i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AllowsNode(int node, byte[] nodeKinds) => ((Kinds >> nodeKinds[node]) & 1u) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool InWindow(AdjacencyIndex index, int i) => Possible
        ? index.StatedFrom[i] <= UntilDay && index.StatedTo[i] >= SinceDay
        : index.ValidFrom[i] <= UntilDay && index.ValidTo[i] >= SinceDay;
}
