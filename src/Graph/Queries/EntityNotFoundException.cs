using KnowledgeGraph.Errors;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>A query named an entity id that the store does not hold (NOT_FOUND).</summary>
public sealed class EntityNotFoundException(string id, string argument = "id")
    : QueryRefusedException(ErrorCodes.NotFound, argument, $"no entity has the id '{id}'")
{
    /// <summary>The id no entity has.</summary>
    public string Id { get; } = id;

    internal static async Task ThrowIfMissingAsync(IGraphStore store, string id, CancellationToken cancellationToken)
    {
        if (await store.GetEntityAsync(id, cancellationToken) is null)
            throw new EntityNotFoundException(id);
    }
}
