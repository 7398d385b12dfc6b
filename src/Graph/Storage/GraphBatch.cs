using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>Entities and relationships written together: all or nothing.</summary>
public sealed record GraphBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public static GraphBatch Empty { get; } = new([], []);
}

/// <summary>What a write did: counts of records added, changed and already identical, and the store version after it.</summary>
public sealed record WriteOutcome(int Added, int Changed, int Unchanged, long Version)
{
    public bool ChangedAnything => Added + Changed > 0;
}
