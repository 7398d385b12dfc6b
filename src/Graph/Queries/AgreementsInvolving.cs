using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// "Which agreements involve X?": AGREEMENT and TRADE_AGREEMENT entities linked (PARTY_TO, SIGNED, RATIFIED, FUNDS) to X,
/// to a body PART_OF X (transitively), or to a person holding a position in such a body — each affiliation link must
/// have held at the time of the agreement (its signature, else whenever the linking relationship counts). Planned and
/// negotiated agreements count through their intended parties like signed ones; <c>statuses</c> narrows to some steps of
/// the lifecycle. Which dates the since/until window is compared with is <see cref="AgreementDating"/>.
/// </summary>
public sealed class AgreementsInvolving(IGraphStore store)
{
    private static readonly RelationshipQuery AgreementLinks = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.PartyTo, RelationshipType.Signed, RelationshipType.Ratified, RelationshipType.Funds },
        Direction = Direction.Outgoing,
    };

    /// <summary>Agreements involving <paramref name="actorId"/> dated within <paramref name="window"/>, oldest signature first, unsigned ones last.</summary>
    /// <param name="statuses">Only agreements whose status is one of these; null for every agreement, with or without a status.</param>
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="actorId"/>.</exception>
    public async Task<IReadOnlyList<AgreementMatch>> FindAsync(
        string actorId, DateWindow window, AgreementDating dating = AgreementDating.SignedOrInForce,
        IReadOnlySet<AgreementStatus>? statuses = null, CancellationToken cancellationToken = default)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, actorId, cancellationToken);
        var affiliates = await AffiliateResolver.ResolveAsync(store, actorId, DateWindow.All, cancellationToken);

        var links = new List<(Affiliate Affiliate, Relationship Link)>();
        foreach (var affiliate in affiliates.Values)
        {
            foreach (var link in await store.GetRelationshipsOfAsync(affiliate.EntityId, AgreementLinks, cancellationToken))
            {
                if (link.From == affiliate.EntityId && GraphOntology.KindOfId(link.To) is { } kind && GraphOntology.AgreementKinds.Contains(kind))
                    links.Add((affiliate, link));
            }
        }

        var agreements = await store.GetEntitiesAsync(links.Select(l => l.Link.To).ToHashSet(), cancellationToken);
        var evidence = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        foreach (var (affiliate, link) in links)
        {
            if (!agreements.TryGetValue(link.To, out var agreement))
                continue;
            var lifecycle = AgreementLifecycle.Of(agreement);
            if ((statuses is not null && (lifecycle.Status is not { } status || !statuses.Contains(status)))
                || !affiliate.HeldDuring(MomentOf(agreement, link, window.Evidence))
                || !IsDatedWithin(lifecycle, link, window, dating))
                continue;
            var found = evidence.TryGetValue(agreement.Id, out var list) ? list : evidence[agreement.Id] = [];
            found.AddRange(affiliate.Chain.Append(link).Where(r => found.TrueForAll(f => f.Id != r.Id)));
        }

        return evidence
            .Select(e => new AgreementMatch(agreements[e.Key], [.. e.Value]))
            .OrderBy(m => m.Agreement.Date ?? PartialDate.OfYear(9999))
            .ThenBy(m => m.Agreement.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>When the agreement tied the affiliate in: its signature, else whenever the linking relationship counts.</summary>
    private static DateWindow MomentOf(Entity agreement, Relationship link, EvidenceMode evidence)
    {
        if (agreement.Date is { } date)
            return DateWindow.At(date) with { Evidence = evidence };
        var (from, to) = link.Time.Span(evidence);
        return new DateWindow(from, to) with { Evidence = evidence };
    }

    /// <summary>
    /// Compares the agreement's lifecycle dates with the window as <paramref name="dating"/> says. An unsigned agreement
    /// was neither concluded nor in force: it counts only by default, while its intended party's link counts (the one time
    /// rule) or when the step it has reached is dated in the window. Without the date a mode needs, nothing supports a signed agreement being in the window: it
    /// counts only when the window asks for every possible one — except one IN_FORCE, which its link shows in force.
    /// </summary>
    private static bool IsDatedWithin(AgreementLifecycle lifecycle, Relationship link, DateWindow window, AgreementDating dating)
    {
        if (window.IsUnbounded)
            return true;
        var possible = window.Evidence == EvidenceMode.Possible;
        if (lifecycle.IsUnsigned)
            return dating == AgreementDating.SignedOrInForce && (possible || link.IsValidIn(window) || (lifecycle.LatestDated?.Overlaps(window) ?? false));
        var signed = lifecycle.DateOf(AgreementStatus.Signed);
        var inForce = lifecycle.DateOf(AgreementStatus.InForce);
        return dating switch
        {
            AgreementDating.Concluded => (signed ?? inForce)?.Overlaps(window) ?? possible,
            AgreementDating.InForce => (inForce ?? signed) is { } start
                ? window.Overlaps(start, lifecycle.DateOf(AgreementStatus.Terminated))
                : lifecycle.Status >= AgreementStatus.InForce ? link.IsValidIn(window) : possible,
            _ => signed is null && inForce is null ? possible : (signed?.Overlaps(window) ?? false) || (inForce?.Overlaps(window) ?? false),
        };
    }
}
