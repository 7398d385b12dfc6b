using System.Collections.Concurrent;

using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Caching;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>
/// Per-request memo of entities by id, so relationship ends seen many times in one response are read once,
/// and a list's ends are read in one store call (<see cref="PrimeAsync"/>).
/// </summary>
internal sealed class EntityLoader(CachedGraphStore store)
{
    private readonly ConcurrentDictionary<string, Entity?> loaded = new(StringComparer.Ordinal);

    public async Task PrimeAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !loaded.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
            return;
        var found = await store.GetEntitiesAsync(missing, cancellationToken);
        foreach (var id in missing)
            loaded[id] = found.GetValueOrDefault(id);
    }

    public async Task PrimeEndsAsync(IEnumerable<Relationship> relationships, CancellationToken cancellationToken) =>
        await PrimeAsync(relationships.SelectMany(r => new[] { r.From, r.To }), cancellationToken);

    public async Task<Entity?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (loaded.TryGetValue(id, out var entity))
            return entity;
        entity = await store.GetEntityAsync(id, cancellationToken);
        loaded[id] = entity;
        return entity;
    }

    public void Remember(Entity entity) => loaded[entity.Id] = entity;
}
