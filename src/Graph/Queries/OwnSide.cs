using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Who is on an actor's own side, and so never its partner: its affiliates (<see cref="AffiliateResolver"/>), what it is part of (PART_OF upward,
/// transitively; for a person, the bodies they hold a post in and theirs), and, when one of those is a state, everyone
/// acting for that state. MOLISA's own side is Viet Nam with all its bodies and their people. The side is read over all
/// time: a Deputy Minister whose post is attested only after the window is still never MOLISA's partner.
/// </summary>
internal static class OwnSide
{
    private static readonly RelationshipQuery Upward = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.PartOf, RelationshipType.HoldsPosition },
        Direction = Direction.Outgoing,
    };

    public static async Task<IReadOnlySet<string>> ResolveAsync(IGraphStore store, string actorId, CancellationToken cancellationToken)
    {
        var above = new HashSet<string>(StringComparer.Ordinal) { actorId };
        var pending = new Queue<string>([actorId]);
        while (pending.TryDequeue(out var id))
        {
            foreach (var link in await store.GetRelationshipsOfAsync(id, Upward, cancellationToken))
            {
                if (link.From == id && above.Add(link.To))
                    pending.Enqueue(link.To);
            }
        }

        var side = new HashSet<string>(above, StringComparer.Ordinal);
        foreach (var id in above.Where(id => GraphOntology.KindOfId(id) is EntityKind.Country).Append(actorId))
            side.UnionWith((await AffiliateResolver.ResolveAsync(store, id, DateWindow.All, cancellationToken)).Keys);
        return side;
    }
}
