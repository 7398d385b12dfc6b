using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// Finds the partners of an actor X within a window. Let A be X's affiliates (X, bodies PART_OF X transitively, people
/// holding positions in them; <see cref="AffiliateResolver"/>). An entity P is a partner of X when, through
/// relationships all counting in the window, some member a of A
/// <list type="bullet">
/// <item>COOPERATES_WITH P (either direction), or FUNDS P, or is FUNDed by P; or</item>
/// <item>shares an instrument with P: both are PARTY_TO or SIGNED the same agreement, both PARTICIPATED_IN or HOSTED the
/// same event, or both FUND the same agreement or event.</item>
/// </list>
/// P is never on X's own side (<see cref="OwnSide"/>): X itself, what X is part of, and its state with every body of it.
/// Sharing a membership (MEMBER_OF the same organisation) or ratifying the same convention does not make partners.
/// Each partner comes with its reasons (by basis, then who has the link) and the evidence: a's affiliation chain, a's link and, for shared instruments,
/// P's link to the same instrument.
/// </summary>
public sealed class PartnerFinder(IGraphStore store)
{
    private static readonly HashSet<RelationshipType> DirectTypes = [RelationshipType.CooperatesWith, RelationshipType.Funds];
    private static readonly HashSet<RelationshipType> SharedInstrumentTypes =
        [RelationshipType.PartyTo, RelationshipType.Signed, RelationshipType.ParticipatedIn, RelationshipType.Hosted, RelationshipType.Funds];

    private static readonly HashSet<EntityKind> Instruments = [EntityKind.Agreement, EntityKind.TradeAgreement, EntityKind.Event];

    /// <summary>Partners of <paramref name="actorId"/>, most connected first.</summary>
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="actorId"/>.</exception>
    public async Task<IReadOnlyList<Partner>> FindAsync(string actorId, DateWindow window, CancellationToken cancellationToken = default)
    {
        await EntityNotFoundException.ThrowIfMissingAsync(store, actorId, cancellationToken);
        var affiliates = await AffiliateResolver.ResolveAsync(store, actorId, window, cancellationToken);
        var ownSide = await OwnSide.ResolveAsync(store, actorId, cancellationToken);
        var evidence = new Dictionary<string, (List<PartnerReason> Reasons, List<Relationship> Links)>(StringComparer.Ordinal);
        var recorded = new HashSet<(string Partner, string Relationship)>();

        void Record(string partnerId, PartnerReason reason, IEnumerable<Relationship> links)
        {
            if (ownSide.Contains(partnerId))
                return;
            var (reasons, found) = evidence.TryGetValue(partnerId, out var known) ? known : evidence[partnerId] = ([], []);
            if (!reasons.Contains(reason))
                reasons.Add(reason);
            foreach (var link in links)
            {
                if (recorded.Add((partnerId, link.Id)))
                    found.Add(link);
            }
        }

        var query = new RelationshipQuery { Window = window, Types = DirectTypes.Union(SharedInstrumentTypes).ToHashSet() };
        var sharedLinks = new Dictionary<string, IReadOnlyList<Relationship>>(StringComparer.Ordinal);
        foreach (var affiliate in affiliates.Values)
        {
            foreach (var link in await store.GetRelationshipsOfAsync(affiliate.EntityId, query, cancellationToken))
            {
                var outgoing = link.From == affiliate.EntityId;
                var other = outgoing ? link.To : link.From;
                var otherKind = GraphOntology.KindOfId(other);
                if (otherKind is { } kind && Instruments.Contains(kind) && outgoing && SharedInstrumentTypes.Contains(link.Type))
                {
                    if (!sharedLinks.TryGetValue(other, out var coLinks))
                        sharedLinks[other] = coLinks = await store.GetRelationshipsOfAsync(other, query with { Types = SharedInstrumentTypes, Direction = Direction.Incoming }, cancellationToken);
                    var basis = kind == EntityKind.Event ? PartnerBasis.SharedEvent : PartnerBasis.SharedAgreement;
                    foreach (var coLink in coLinks.Where(c => c.To == other))
                        Record(coLink.From, new PartnerReason(basis, affiliate.EntityId, other), [.. affiliate.Chain, link, coLink]);
                }
                else if (DirectTypes.Contains(link.Type) && otherKind is not null && !Instruments.Contains(otherKind.Value))
                {
                    var basis = link.Type == RelationshipType.CooperatesWith ? PartnerBasis.CooperatesWith : outgoing ? PartnerBasis.Funds : PartnerBasis.FundedBy;
                    Record(other, new PartnerReason(basis, affiliate.EntityId, null), [.. affiliate.Chain, link]);
                }
            }
        }

        var entities = await store.GetEntitiesAsync(evidence.Keys, cancellationToken);
        return evidence
            .Where(e => entities.ContainsKey(e.Key))
            .Select(e => new Partner(entities[e.Key], [.. e.Value.Reasons.OrderBy(r => r.Basis).ThenBy(r => r.Through, StringComparer.Ordinal).ThenBy(r => r.Instrument, StringComparer.Ordinal)], [.. e.Value.Links]))
            .OrderByDescending(p => p.Relationships.Length)
            .ThenBy(p => p.Entity.Id, StringComparer.Ordinal)
            .ToList();
    }
}
