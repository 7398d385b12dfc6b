using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>The dated story of one entity: its relationships valid in a window, by start date, undated ones last.</summary>
public sealed class Timeline(IGraphStore store)
{
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="entityId"/>.</exception>
    public async Task<IReadOnlyList<Relationship>> ForAsync(string entityId, DateWindow window, CancellationToken cancellationToken = default)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, entityId, cancellationToken);
        var relationships = await store.GetRelationshipsOfAsync(entityId, new RelationshipQuery { Window = window }, cancellationToken);
        return relationships
            .OrderBy(r => r.ValidFrom is null && r.ValidTo is null)
            .ThenBy(r => r.ValidFrom?.Start ?? r.ValidTo?.Start ?? DateOnly.MaxValue)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }
}
