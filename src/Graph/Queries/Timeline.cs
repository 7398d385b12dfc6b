using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// The dated story of one entity: its relationships counting in a window, by the start of what their evidence supports
/// (stated start, else earliest attestation; else their end), undated ones last.
/// </summary>
public sealed class Timeline(IGraphStore store)
{
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="entityId"/>.</exception>
    public async Task<IReadOnlyList<Relationship>> ForAsync(string entityId, DateWindow window, CancellationToken cancellationToken = default)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, entityId, cancellationToken);
        var relationships = await store.GetRelationshipsOfAsync(entityId, new RelationshipQuery { Window = window }, cancellationToken);
        return relationships
            .Select(r => (Relationship: r, Span: r.Time.Span(window.Evidence)))
            .OrderBy(r => r.Span.From == DateOnly.MinValue && r.Span.To == DateOnly.MaxValue)
            .ThenBy(r => r.Span.From != DateOnly.MinValue ? r.Span.From : r.Span.To)
            .ThenBy(r => r.Relationship.Id, StringComparer.Ordinal)
            .Select(r => r.Relationship)
            .ToList();
    }
}
