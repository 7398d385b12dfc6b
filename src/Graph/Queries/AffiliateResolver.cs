using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Finds who acts for an actor X: X itself, every body PART_OF X (transitively) and every person who HOLDS_POSITION
/// in one of those bodies or in X, counting only links valid in the given window.
/// </summary>
internal static class AffiliateResolver
{
    private static readonly RelationshipQuery PartsOf = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.PartOf },
        Direction = Direction.Incoming,
    };

    private static readonly RelationshipQuery PositionsIn = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.HoldsPosition },
        Direction = Direction.Incoming,
    };

    /// <summary>The affiliates of <paramref name="actorId"/>, keyed by entity id; the actor is always among them.</summary>
    public static async Task<IReadOnlyDictionary<string, Affiliate>> ResolveAsync(
        IGraphStore store, string actorId, DateWindow window, CancellationToken cancellationToken)
    {
        var affiliates = new Dictionary<string, Affiliate>(StringComparer.Ordinal) { [actorId] = new(actorId, []) };
        var bodies = new Queue<string>([actorId]);
        while (bodies.TryDequeue(out var bodyId))
        {
            foreach (var link in await store.GetRelationshipsOfAsync(bodyId, PartsOf with { Window = window }, cancellationToken))
            {
                if (link.To == bodyId && !affiliates.ContainsKey(link.From))
                {
                    affiliates[link.From] = new(link.From, [link, .. affiliates[bodyId].Chain]);
                    bodies.Enqueue(link.From);
                }
            }
        }

        foreach (var body in affiliates.Values.ToList())
        {
            foreach (var position in await store.GetRelationshipsOfAsync(body.EntityId, PositionsIn with { Window = window }, cancellationToken))
            {
                if (position.To == body.EntityId && !affiliates.ContainsKey(position.From))
                    affiliates[position.From] = new(position.From, [position, .. body.Chain]);
            }
        }

        return affiliates;
    }
}
