using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>The facts that cite one document: entities and relationships with a source naming it.</summary>
public sealed record Citations(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships)
{
    /// <summary>Keeps the records one of whose sources names <paramref name="documentId"/>: stores may over-select by a cheap text match.</summary>
    public static Citations Of(string documentId, IEnumerable<Entity> entities, IEnumerable<Relationship> relationships) => new(
        [.. entities.Where(e => e.Sources.Any(s => s.Document == documentId)).OrderBy(e => e.Id, StringComparer.Ordinal)],
        [.. relationships.Where(r => r.Sources.Any(s => s.Document == documentId)).OrderBy(r => r.Id, StringComparer.Ordinal)]);
}
