using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage.Caching;

/// <summary>
/// One <see cref="IGraphStore.GetRelationshipsOfAsync"/> question by value (a <see cref="RelationshipQuery"/> compares
/// its type set by reference): the entity, the window, the direction and the types as a bit mask.
/// </summary>
internal readonly record struct RelationshipsOfKey(string EntityId, DateWindow Window, Direction Direction, ulong? Types)
{
    public static RelationshipsOfKey Of(string entityId, RelationshipQuery query)
    {
        ulong? types = null;
        if (query.Types is { } set)
        {
            var mask = 0UL;
            foreach (var type in set)
                mask |= 1UL << (int)type;
            types = mask;
        }

        return new RelationshipsOfKey(entityId, query.Window, query.Direction, types);
    }
}
