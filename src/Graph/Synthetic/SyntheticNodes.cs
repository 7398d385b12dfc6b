using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Synthetic;

/// <summary>
/// The entities of a synthetic graph, grouped by kind in contiguous ranges: ids, kinds, display names and dates.
/// </summary>
public sealed class SyntheticNodes
{
    public SyntheticNodes(string[] ids, string[] names, byte[] kinds, PartialDate?[] dates)
    {
        Ids = ids;
        Names = names;
        Kinds = kinds;
        Dates = dates;
    }

    public string[] Ids { get; }
    public string[] Names { get; }
    public byte[] Kinds { get; }

    /// <summary>Signing date of an agreement, date of an event; null for other kinds.</summary>
    public PartialDate?[] Dates { get; }

    public int Count => Ids.Length;

    public EntityKind KindOf(int node) => (EntityKind)Kinds[node];
}
