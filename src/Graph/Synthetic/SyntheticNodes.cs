using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Synthetic;

/// <summary>
/// The entities of a synthetic graph, grouped by kind in contiguous ranges: ids, kinds, display names and dates.
/// </summary>
public sealed class SyntheticNodes
{
    /// <summary>The entities as parallel arrays, one element per node.</summary>
    public SyntheticNodes(string[] ids, string[] names, byte[] kinds, PartialDate?[] dates)
    {
        Ids = ids;
        Names = names;
        Kinds = kinds;
        Dates = dates;
    }

    /// <summary>Each node's entity id.</summary>
    public string[] Ids { get; }

    /// <summary>Each node's display name.</summary>
    public string[] Names { get; }

    /// <summary>Each node's <see cref="EntityKind"/> as a byte.</summary>
    public byte[] Kinds { get; }

    /// <summary>Signing date of an agreement, date of an event; null for other kinds.</summary>
    public PartialDate?[] Dates { get; }

    /// <summary>How many entities there are.</summary>
    public int Count => Ids.Length;

    /// <summary>The kind of <paramref name="node"/>.</summary>
    public EntityKind KindOf(int node) => (EntityKind)Kinds[node];
}
