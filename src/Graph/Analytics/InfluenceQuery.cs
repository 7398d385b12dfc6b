using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Analytics;

/// <summary>How influence is measured: PageRank (personalised when <see cref="InfluenceQuery.Around"/> is set), betweenness or degree.</summary>
public enum InfluenceAlgorithm
{
    PageRank,
    Betweenness,
    Degree,
}

/// <summary>
/// Who is most central among relationships valid in <see cref="Window"/>. The whole windowed graph is scored;
/// <see cref="Kinds"/> only chooses which entities are listed (actors can owe their rank to agreements and events), and
/// only entities with a relationship in the window are.
/// </summary>
public sealed record InfluenceQuery
{
    public DateWindow Window { get; init; } = DateWindow.All;
    public InfluenceAlgorithm Algorithm { get; init; } = InfluenceAlgorithm.PageRank;
    public IReadOnlyCollection<EntityKind>? Kinds { get; init; }

    /// <summary>Entity id to personalise PageRank around: every random jump returns there.</summary>
    public string? Around { get; init; }

    public int Top { get; init; } = 10;
}

/// <summary>An entity's place in an influence ranking.</summary>
public sealed record InfluenceResult(int Rank, double Score, Entity Entity);

/// <summary>A path with the stored evidence of every hop: relationship i joins entities i and i+1.</summary>
public sealed record PathResult(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public int Length => Relationships.Count;
}

/// <summary>What the current projection holds and what it costs.</summary>
public sealed record ProjectionInfo(long Version, int Entities, int Relationships, long Bytes, double BytesPerRelationship);
