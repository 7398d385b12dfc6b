using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Synthetic;

/// <summary>One generated relationship between node positions of a <see cref="SyntheticNodes"/> table.</summary>
public readonly record struct SyntheticEdge(int Index, RelationshipType Type, int From, int To, PartialDate? ValidFrom, PartialDate? ValidTo)
{
    /// <summary>Synthetic relationships are named by position, so a projection can rebuild the id instead of storing it.</summary>
    public static string IdOf(int index) => $"rel:syn-{index}";
}
