using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// Who is most central among relationships valid in <see cref="Window"/>. The whole windowed graph is scored;
/// <see cref="Kinds"/> only chooses which entities are listed (actors can owe their rank to agreements and events), and
/// only entities with a relationship in the window are.
/// </summary>
public sealed record InfluenceQuery
{
    /// <summary>Relationships valid in this window are followed; all by default.</summary>
    public DateWindow Window { get; init; } = DateWindow.All;

    /// <summary>How influence is scored; PageRank by default.</summary>
    public InfluenceAlgorithm Algorithm { get; init; } = InfluenceAlgorithm.PageRank;

    /// <summary>Kinds of entity ranked and walked through; all when null.</summary>
    public IReadOnlyCollection<EntityKind>? Kinds { get; init; }

    /// <summary>Entity id to personalise PageRank around: every random jump returns there.</summary>
    public string? Around { get; init; }

    /// <summary>How many entities are ranked.</summary>
    public int Top { get; init; } = QueryDefaults.Top;
}
