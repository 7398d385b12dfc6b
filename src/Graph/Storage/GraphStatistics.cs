using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>Counts by entity kind and relationship type, and the store version they were read at.</summary>
public sealed record GraphStatistics(IReadOnlyDictionary<EntityKind, long> EntitiesByKind, IReadOnlyDictionary<RelationshipType, long> RelationshipsByType, long Version)
{
    public long EntityCount => EntitiesByKind.Values.Sum();
    public long RelationshipCount => RelationshipsByType.Values.Sum();
}
