using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>Entities, relationships and the documents they cite, written together: all or nothing.</summary>
public sealed record GraphBatch(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>Catalogue records to create or replace, with their text.</summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];
}
