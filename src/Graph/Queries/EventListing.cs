using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// "Which events took place in 2023?", and "...involving X?": EVENT entities in a window, by date. An event is dated by its
/// own date; an undated one counts when one of its relationships counts in the window (the one time rule), or, when the
/// window asks for every possible one, always. With an actor, only the events it, one of its bodies or one of their
/// people took part in or hosted, through relationships counting in the window.
/// </summary>
public sealed class EventListing(IGraphStore store)
{
    private static readonly RelationshipQuery Attendance = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.ParticipatedIn, RelationshipType.Hosted },
        Direction = Direction.Outgoing,
    };

    /// <summary>Events in <paramref name="window"/>, earliest first, undated ones last; all of them, or those <paramref name="involving"/> takes part in.</summary>
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="involving"/>.</exception>
    public async Task<IReadOnlyList<Entity>> FindAsync(string? involving, DateWindow window, CancellationToken cancellationToken = default)
    {
        var candidates = involving is null ? await AllEventsAsync(cancellationToken) : await EventsOfAsync(involving, window, cancellationToken);
        var found = new List<Entity>();
        foreach (var candidate in candidates)
        {
            if (await TookPlaceInAsync(candidate, window, cancellationToken))
                found.Add(candidate);
        }

        return found
            .OrderBy(e => e.Date is null)
            .ThenBy(e => e.Date)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<IEnumerable<Entity>> AllEventsAsync(CancellationToken cancellationToken)
    {
        var events = new List<Entity>();
        await foreach (var entity in store.StreamEntitiesAsync(cancellationToken))
        {
            if (entity.Kind == EntityKind.Event)
                events.Add(entity);
        }

        return events;
    }

    private async Task<IEnumerable<Entity>> EventsOfAsync(string actorId, DateWindow window, CancellationToken cancellationToken)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, actorId, cancellationToken);
        var affiliates = await AffiliateResolver.ResolveAsync(store, actorId, window, cancellationToken);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var affiliate in affiliates.Keys)
        {
            foreach (var link in await store.GetRelationshipsOfAsync(affiliate, Attendance with { Window = window }, cancellationToken))
            {
                if (link.From == affiliate)
                    ids.Add(link.To);
            }
        }

        return (await store.GetEntitiesAsync(ids, cancellationToken)).Values;
    }

    private async Task<bool> TookPlaceInAsync(Entity evt, DateWindow window, CancellationToken cancellationToken)
    {
        if (evt.Date is { } date)
            return date.Overlaps(window);
        if (window.IsUnbounded || window.Evidence == EvidenceMode.Possible)
            return true;
        return (await store.GetRelationshipsOfAsync(evt.Id, new RelationshipQuery { Window = window }, cancellationToken)).Count > 0;
    }
}
