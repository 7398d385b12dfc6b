using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// "Which agreements involve X?": AGREEMENT and TRADE_AGREEMENT entities linked (PARTY_TO, SIGNED, RATIFIED, FUNDS) to X,
/// to a body PART_OF X (transitively), or to a person holding a position in such a body — each affiliation link must
/// have held at the time of the agreement (its signature, else whenever the linking relationship counts). Which dates the
/// since/until window is compared with is <see cref="AgreementDating"/>: by default signed or entered into force in it.
/// </summary>
public sealed class AgreementsInvolving(IGraphStore store)
{
    /// <summary>Property holding the date an agreement entered into force.</summary>
    public const string InForceProperty = "inForce";

    /// <summary>Property holding the date an agreement ended, when it did.</summary>
    public const string TerminatedProperty = "terminated";

    private static readonly RelationshipQuery AgreementLinks = new()
    {
        Types = new HashSet<RelationshipType> { RelationshipType.PartyTo, RelationshipType.Signed, RelationshipType.Ratified, RelationshipType.Funds },
        Direction = Direction.Outgoing,
    };

    /// <summary>Agreements involving <paramref name="actorId"/> dated within <paramref name="window"/>, oldest first.</summary>
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="actorId"/>.</exception>
    public async Task<IReadOnlyList<AgreementMatch>> FindAsync(
        string actorId, DateWindow window, AgreementDating dating = AgreementDating.SignedOrInForce, CancellationToken cancellationToken = default)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, actorId, cancellationToken);
        var affiliates = await AffiliateResolver.ResolveAsync(store, actorId, DateWindow.All, cancellationToken);

        var links = new List<(Affiliate Affiliate, Relationship Link)>();
        foreach (var affiliate in affiliates.Values)
        {
            foreach (var link in await store.GetRelationshipsOfAsync(affiliate.EntityId, AgreementLinks, cancellationToken))
            {
                if (link.From == affiliate.EntityId && GraphOntology.KindOfId(link.To) is EntityKind.Agreement or EntityKind.TradeAgreement)
                    links.Add((affiliate, link));
            }
        }

        var agreements = await store.GetEntitiesAsync(links.Select(l => l.Link.To).ToHashSet(), cancellationToken);
        var evidence = new Dictionary<string, List<Relationship>>(StringComparer.Ordinal);
        foreach (var (affiliate, link) in links)
        {
            if (!agreements.TryGetValue(link.To, out var agreement)
                || !affiliate.HeldDuring(MomentOf(agreement, link, window.Evidence))
                || !IsDatedWithin(agreement, window, dating))
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
    /// Compares the agreement's own dates with the window as <paramref name="dating"/> says. Without the date a mode needs,
    /// nothing supports the agreement being in the window, so it counts only when the window asks for every possible one.
    /// </summary>
    private static bool IsDatedWithin(Entity agreement, DateWindow window, AgreementDating dating)
    {
        if (window.IsUnbounded)
            return true;
        var possible = window.Evidence == EvidenceMode.Possible;
        var signed = agreement.Date;
        var inForce = DateProperty(agreement, InForceProperty);
        return dating switch
        {
            AgreementDating.Concluded => (signed ?? inForce)?.Overlaps(window) ?? possible,
            AgreementDating.InForce => (inForce ?? signed) is { } start
                ? window.Overlaps(start, DateProperty(agreement, TerminatedProperty))
                : possible,
            _ => signed is null && inForce is null ? possible : (signed?.Overlaps(window) ?? false) || (inForce?.Overlaps(window) ?? false),
        };
    }

    private static PartialDate? DateProperty(Entity entity, string key) =>
        entity.Properties.TryGetValue(key, out var text) && PartialDate.TryParse(text, out var date) ? date : null;
}
