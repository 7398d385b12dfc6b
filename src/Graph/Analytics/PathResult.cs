using KnowledgeGraph.Model;

namespace KnowledgeGraph.Analytics;

/// <summary>A path with the stored evidence of every hop: relationship i joins entities i and i+1.</summary>
public sealed record PathResult(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>Hops on the path.</summary>
    public int Length => Relationships.Count;
}
