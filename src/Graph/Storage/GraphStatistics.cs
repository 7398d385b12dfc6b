using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>Counts by entity kind and relationship type, and the store version they were read at.</summary>
public sealed record GraphStatistics(IReadOnlyDictionary<EntityKind, long> EntitiesByKind, IReadOnlyDictionary<RelationshipType, long> RelationshipsByType, long Version)
{
    /// <summary>Entities of every kind.</summary>
    public long EntityCount => EntitiesByKind.Values.Sum();

    /// <summary>Relationships of every type.</summary>
    public long RelationshipCount => RelationshipsByType.Values.Sum();
}
