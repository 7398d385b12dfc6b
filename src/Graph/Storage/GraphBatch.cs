using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>Entities, relationships and the documents they cite, written together: all or nothing.</summary>
public sealed record GraphBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    public static GraphBatch Empty { get; } = new([], []);

    /// <summary>Catalogue records to create or replace, with their text.</summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];
}

/// <summary>What a write did: counts of records added, changed and already identical, and the store version after it.</summary>
public sealed record WriteOutcome(int Added, int Changed, int Unchanged, long Version)
{
    public bool ChangedAnything => Added + Changed > 0;
}
