using System.Collections.Frozen;
using System.Text.RegularExpressions;
using static KnowledgeGraph.Ontology.EntityKind;

namespace KnowledgeGraph.Ontology;

/// <summary>
/// The one ontology table: entity kinds and relationship types with the kinds each may connect.
/// Validation, GraphQL enums, Cypher labels and the synthetic generator all read it.
/// </summary>
public static partial class GraphOntology
{
    /// <summary>Every entity kind's row: name, label, id convention and description.</summary>
    public static IReadOnlyList<EntityKindDefinition> Kinds { get; } =
    [
        new(Country, "COUNTRY", "Country", "country:", CountryId(), "country:VNM", "A state, by ISO 3166 alpha-3 code"),
        new(Organization, "ORGANIZATION", "Organization", "org:", OrganizationId(), "org:ILO", "An international or regional organisation (ILO, ASEAN, APEC...) or one of its offices"),
        new(Ministry, "MINISTRY", "Ministry", "ministry:", MinistryId(), "ministry:VNM-MOLISA", "Any government body or unit, prefixed by its country code"),
        new(Person, "PERSON", "Person", "person:", SlugId("person"), "person:dao-ngoc-dung", "A person, by the ASCII slug of the name"),
        new(IloConvention, "ILO_CONVENTION", "IloConvention", "ilo:", IloId(), "ilo:C182", "An ILO convention (C) or protocol (P)"),
        new(TradeAgreement, "TRADE_AGREEMENT", "TradeAgreement", "fta:", FtaId(), "fta:EVFTA", "A free trade or economic partnership agreement"),
        new(Agreement, "AGREEMENT", "Agreement", "agreement:", SlugId("agreement"), "agreement:vnm-kor-eps-mou-2023", "An MoU, bilateral labour or social insurance agreement, or cooperation programme"),
        new(Event, "EVENT", "Event", "event:", SlugId("event"), "event:vnm-usa-labour-dialogue-2023", "A dialogue, meeting, conference or visit"),
        new(LegalInstrument, "LEGAL_INSTRUMENT", "LegalInstrument", "instrument:", SlugId("instrument"), "instrument:vnm-labour-code-2019", "A law, code, decree, national plan or declaration that one state or organisation adopts (not an agreement between parties)"),
    ];

    private static readonly EntityKind[] Actors = [Country, Organization, Ministry];
    private static readonly EntityKind[] Instruments = [Agreement, TradeAgreement, IloConvention];
    private static readonly EntityKind[] Documents = [Agreement, TradeAgreement, LegalInstrument];

    /// <summary>Every relationship type's row: name, the kinds it may connect, whether it has a direction.</summary>
    public static IReadOnlyList<RelationshipRule> Relationships { get; } =
    [
        Rule(RelationshipType.PartOf, "PART_OF", [Ministry, Organization], [Ministry, Country, Organization], true, "A body is part of a larger body or of a state"),
        Rule(RelationshipType.HoldsPosition, "HOLDS_POSITION", [Person], [Ministry, Organization, Country], true, "A person holds a position (role property) in a body"),
        Rule(RelationshipType.MemberOf, "MEMBER_OF", [Country, Organization, Ministry], [Organization], true, "A state or body is a member of an organisation"),
        Rule(RelationshipType.Ratified, "RATIFIED", [Country], Instruments, true, "A state ratified a convention or agreement"),
        Rule(RelationshipType.PartyTo, "PARTY_TO", [.. Actors], [Agreement, TradeAgreement], true, "A state or body is a party to an agreement, or an intended party (status PLANNED or UNDER_NEGOTIATION)"),
        Rule(RelationshipType.Signed, "SIGNED", [Person, .. Actors], [Agreement, TradeAgreement], true, "A person or body signed an agreement"),
        Rule(RelationshipType.ParticipatedIn, "PARTICIPATED_IN", [Person, .. Actors], [Event], true, "A person, state or body took part in an event"),
        Rule(RelationshipType.CooperatesWith, "COOPERATES_WITH", Actors, Actors, false, "Two states or bodies cooperate (areas property)"),
        Rule(RelationshipType.Funds, "FUNDS", Actors, [Agreement, Event, Organization, Ministry, Country], true, "A state or body funds a programme, event, body or state (amount property)"),
        Rule(RelationshipType.Hosted, "HOSTED", Actors, [Event], true, "A state or body hosted or organised an event"),
        Rule(RelationshipType.SignedDuring, "SIGNED_DURING", [Agreement, TradeAgreement], [Event], true, "A signed document was signed during an event: the visit, meeting or conference that was its occasion"),
        Rule(RelationshipType.Adopted, "ADOPTED", Actors, [LegalInstrument], true, "A state, body or organisation adopted a law, plan or declaration, or plans to (status PLANNED)"),
        Rule(RelationshipType.RefersTo, "REFERS_TO", [.. Documents, Event], [.. Documents, IloConvention], true, "A document or event refers to, discusses or rests on an instrument"),
    ];

    /// <summary>
    /// The lifecycle of an agreement: the entity's <see cref="StatusProperty"/> names the step it has reached, and each step's
    /// date property the date it is known at (planned as of, negotiating as of, signed, entered into force, ended).
    /// </summary>
    public static IReadOnlyList<AgreementStatusDefinition> AgreementStatuses { get; } =
    [
        new(AgreementStatus.Planned, "PLANNED", "planned", "Intended by a party; no negotiation reported yet (planned: when a source shows the plan)"),
        new(AgreementStatus.UnderNegotiation, "UNDER_NEGOTIATION", "negotiating", "Being negotiated or drafted (negotiating: when a source shows it)"),
        new(AgreementStatus.Signed, "SIGNED", null, "Signed or concluded (the entity's date), not known to be in force"),
        new(AgreementStatus.InForce, "IN_FORCE", "inForce", "In force (inForce: the date it entered into force)"),
        new(AgreementStatus.Terminated, "TERMINATED", "terminated", "Terminated or expired (terminated: the date it ended)"),
    ];

    /// <summary>The property of an agreement entity, and of a party's PARTY_TO relationship, naming a lifecycle step.</summary>
    public const string StatusProperty = "status";

    /// <summary>The kinds that have a lifecycle.</summary>
    public static IReadOnlySet<EntityKind> AgreementKinds { get; } = new HashSet<EntityKind> { Agreement, TradeAgreement }.ToFrozenSet();

    /// <summary>
    /// The relationship types whose <see cref="StatusProperty"/> names the step a party has reached: an intended party of a
    /// planned agreement, or a state planning to adopt a law (PLANNED).
    /// </summary>
    public static IReadOnlySet<RelationshipType> StatusCarriers { get; } = new HashSet<RelationshipType> { RelationshipType.PartyTo, RelationshipType.Adopted }.ToFrozenSet();

    private static readonly FrozenDictionary<EntityKind, EntityKindDefinition> KindsByEnum = Kinds.ToFrozenDictionary(k => k.Kind);
    private static readonly FrozenDictionary<string, EntityKindDefinition> KindsByName = Kinds.ToFrozenDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<RelationshipType, RelationshipRule> RulesByEnum = Relationships.ToFrozenDictionary(r => r.Type);
    private static readonly FrozenDictionary<string, RelationshipRule> RulesByName = Relationships.ToFrozenDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, AgreementStatusDefinition> StatusesByName = AgreementStatuses.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The row of <paramref name="kind"/>.</summary>
    public static EntityKindDefinition Definition(EntityKind kind) => KindsByEnum[kind];

    /// <summary>The row of <paramref name="type"/>.</summary>
    public static RelationshipRule Rule(RelationshipType type) => RulesByEnum[type];

    /// <summary>The kind's external name, e.g. <c>COUNTRY</c>.</summary>
    public static string Name(this EntityKind kind) => KindsByEnum[kind].Name;

    /// <summary>The type's external name, e.g. <c>MEMBER_OF</c>.</summary>
    public static string Name(this RelationshipType type) => RulesByEnum[type].Name;

    /// <summary>Parses a status name exactly as the table spells it (<c>IN_FORCE</c>).</summary>
    public static bool TryParseStatus(string? name, out AgreementStatus status)
    {
        status = default;
        if (name is null || !StatusesByName.TryGetValue(name, out var definition))
            return false;
        status = definition.Status;
        return true;
    }

    /// <summary>Parses a kind's external name, ignoring case.</summary>
    public static bool TryParseKind(string? name, out EntityKind kind)
    {
        kind = default;
        if (name is null || !KindsByName.TryGetValue(name, out var definition))
            return false;
        kind = definition.Kind;
        return true;
    }

    /// <summary>Parses a type's external name, ignoring case.</summary>
    public static bool TryParseType(string? name, out RelationshipType type)
    {
        type = default;
        if (name is null || !RulesByName.TryGetValue(name, out var rule))
            return false;
        type = rule.Type;
        return true;
    }

    /// <summary>Parses a kind's external name, ignoring case; an unknown name throws <see cref="ArgumentException"/>.</summary>
    public static EntityKind ParseKind(string? name) =>
        TryParseKind(name, out var kind) ? kind : throw new ArgumentException($"'{name}' is not an entity kind", nameof(name));

    /// <summary>Parses a type's external name, ignoring case; an unknown name throws <see cref="ArgumentException"/>.</summary>
    public static RelationshipType ParseType(string? name) =>
        TryParseType(name, out var type) ? type : throw new ArgumentException($"'{name}' is not a relationship type", nameof(name));

    /// <summary>The kind an id's prefix announces (<c>person:</c> → PERSON), if any.</summary>
    public static EntityKind? KindOfId(string id)
    {
        foreach (var definition in Kinds)
        {
            if (id.StartsWith(definition.IdPrefix, StringComparison.Ordinal))
                return definition.Kind;
        }

        return null;
    }

    private static RelationshipRule Rule(RelationshipType type, string name, EntityKind[] from, EntityKind[] to, bool directed, string description) =>
        new(type, name, from.ToFrozenSet(), to.ToFrozenSet(), directed, description);

    private static Regex SlugId(string prefix) => new($"^{prefix}:[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    [GeneratedRegex("^country:[A-Z]{3}$")]
    private static partial Regex CountryId();

    [GeneratedRegex("^org:[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex OrganizationId();

    [GeneratedRegex("^ministry:[A-Z]{3}-[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex MinistryId();

    [GeneratedRegex("^ilo:[CP][0-9]{3}$")]
    private static partial Regex IloId();

    [GeneratedRegex("^fta:[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex FtaId();
}
