using System.Collections.Immutable;
using System.Globalization;
using System.Text;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using static KnowledgeGraph.Ontology.EntityKind;
using static KnowledgeGraph.Ontology.RelationshipType;

namespace KnowledgeGraph.Synthetic;

/// <summary>
/// A cooperation-shaped graph that obeys <see cref="GraphOntology"/>: countries, bodies PART_OF countries, people
/// HOLDS_POSITION in bodies, agreements with parties and signatories, events with participants and hosts, conventions
/// RATIFIED by countries, memberships, cooperation and funding, dated 1990–2026. Actors and people are picked with a
/// quadratic bias towards low positions, so a few have very many relationships (skewed degrees).
/// The topology comes from <see cref="Random"/> and the names from Bogus, both seeded: the same spec gives the same graph.
/// </summary>
public sealed class SyntheticGraphGenerator
{
    private static readonly DateOnly FirstDay = new(1990, 1, 1);
    private static readonly DateOnly LastDay = new(2026, 12, 31);
    private static readonly string[] Areas = ["labour", "social insurance", "vocational training", "migrant workers", "child labour", "occupational safety", "employment services", "gender equality"];

    /// <summary>Share of entities per kind (events take the rest) and a cap where ids run out.</summary>
    private static readonly (EntityKind Kind, double Share, int Max)[] KindShares =
    [
        (Country, 0.002, 26 * 26 * 26), (Organization, 0.003, int.MaxValue), (Ministry, 0.08, int.MaxValue), (Person, 0.35, int.MaxValue),
        (IloConvention, 0.001, 2000), (TradeAgreement, 0.004, int.MaxValue), (Agreement, 0.26, int.MaxValue),
        (LegalInstrument, 0.004, int.MaxValue),
    ];

    /// <summary>Relationships beyond the structural ones (one PART_OF per body, one HOLDS_POSITION per person), by weight.</summary>
    private static readonly (RelationshipType Type, double Weight)[] TypeWeights =
    [
        (PartyTo, 0.22), (Signed, 0.15), (ParticipatedIn, 0.35), (CooperatesWith, 0.08), (MemberOf, 0.05), (Ratified, 0.03), (Funds, 0.06), (Hosted, 0.06), (SignedDuring, 0.01),
        (Adopted, 0.01), (RefersTo, 0.01),
    ];

    private readonly SyntheticGraphSpec _spec;
    private readonly Dictionary<EntityKind, (int Start, int Count)> _ranges;
    private readonly int[] _ministryCountry;

    /// <summary>A generator for <paramref name="spec"/>; the entities are drawn at once, the relationships as <see cref="Edges"/> is read.</summary>
    public SyntheticGraphGenerator(SyntheticGraphSpec spec)
    {
        _spec = spec;
        _ranges = PlanRanges(spec.Entities);
        var random = new Random(spec.Seed);
        var ministries = _ranges[Ministry];
        _ministryCountry = new int[ministries.Count];
        for (var i = 0; i < ministries.Count; i++)
            _ministryCountry[i] = Skewed(random, Country);
        Nodes = BuildNodes(random);
    }

    /// <summary>The size and seed the graph is drawn from.</summary>
    public SyntheticGraphSpec Spec => _spec;

    /// <summary>The graph's entities.</summary>
    public SyntheticNodes Nodes { get; }

    /// <summary>Exactly <see cref="SyntheticGraphSpec.Relationships"/> relationships, the same sequence on every call.</summary>
    public IEnumerable<SyntheticEdge> Edges()
    {
        var random = new Random(unchecked((_spec.Seed * 7919) + 17));
        var total = _spec.Relationships;
        var index = 0;
        var (ministryStart, ministryCount) = _ranges[Ministry];
        for (var i = 0; i < ministryCount && index < total; i++)
        {
            var body = ministryStart + i;
            var parent = random.Next(5) == 0 && ministryCount > 1 ? OtherThan(random, Ministry, body) : _ministryCountry[i];
            yield return new SyntheticEdge(index++, PartOf, body, parent, YearIn(random, 1990, 2010), null);
        }

        var (personStart, personCount) = _ranges[Person];
        for (var i = 0; i < personCount && index < total; i++)
            yield return Position(random, index++, personStart + i);

        var cumulative = new double[TypeWeights.Length];
        var sum = 0.0;
        for (var t = 0; t < TypeWeights.Length; t++)
            cumulative[t] = sum += TypeWeights[t].Weight;
        while (index < total)
        {
            var pick = random.NextDouble() * sum;
            var t = 0;
            while (t < cumulative.Length - 1 && pick >= cumulative[t])
                t++;
            yield return Relationship(random, index++, TypeWeights[t].Type);
        }
    }

    /// <summary>The entities with Bogus names; synthetic records carry no sources (validation allows that for synthetic data only).</summary>
    public IEnumerable<Entity> Entities()
    {
        for (var v = 0; v < Nodes.Count; v++)
        {
            yield return new Entity
            {
                Id = Nodes.Ids[v],
                Kind = Nodes.KindOf(v),
                Name = Nodes.Names[v],
                Names = ImmutableSortedDictionary<string, string>.Empty.Add("en", Nodes.Names[v]),
                Date = Nodes.Dates[v],
            };
        }
    }

    /// <summary>The stored form of <paramref name="edge"/>, with its id, ends, dates and properties.</summary>
    public Relationship ToRelationship(in SyntheticEdge edge) => new()
    {
        Id = SyntheticEdge.IdOf(edge.Index),
        Type = edge.Type,
        From = Nodes.Ids[edge.From],
        To = Nodes.Ids[edge.To],
        ValidFrom = edge.ValidFrom,
        ValidTo = edge.ValidTo,
    };

    private SyntheticEdge Position(Random random, int index, int person)
    {
        var roll = random.Next(20);
        var body = roll < 17 ? Skewed(random, Ministry) : roll < 19 ? Skewed(random, Organization) : Skewed(random, Country);
        var start = DayIn(random, FirstDay, LastDay);
        PartialDate? end = random.Next(10) < 6 ? Month(Min(start.AddDays(365 + random.Next(365 * 8)), LastDay)) : null;
        return new SyntheticEdge(index, HoldsPosition, person, body, Month(start), end);
    }

    private SyntheticEdge Relationship(Random random, int index, RelationshipType type)
    {
        switch (type)
        {
            case PartyTo:
            {
                var instrument = random.Next(10) == 0 ? Uniform(random, TradeAgreement) : Uniform(random, Agreement);
                return new SyntheticEdge(index, type, Actor(random), instrument, Nodes.Dates[instrument], null);
            }

            case Signed:
            {
                var instrument = random.Next(10) == 0 ? Uniform(random, TradeAgreement) : Uniform(random, Agreement);
                var signatory = random.Next(10) < 7 ? Skewed(random, Person) : Actor(random);
                return new SyntheticEdge(index, type, signatory, instrument, Nodes.Dates[instrument], Nodes.Dates[instrument]);
            }

            case ParticipatedIn:
            {
                var evt = Uniform(random, Event);
                var participant = random.Next(10) < 6 ? Skewed(random, Person) : Actor(random);
                return new SyntheticEdge(index, type, participant, evt, Nodes.Dates[evt], Nodes.Dates[evt]);
            }

            case Hosted:
            {
                var evt = Uniform(random, Event);
                return new SyntheticEdge(index, type, Actor(random), evt, Nodes.Dates[evt], Nodes.Dates[evt]);
            }

            case Adopted:
            {
                var instrument = Uniform(random, LegalInstrument);
                return new SyntheticEdge(index, type, Actor(random), instrument, Nodes.Dates[instrument], null);
            }

            case RefersTo:
            {
                var document = random.Next(2) == 0 ? Uniform(random, Agreement) : Uniform(random, Event);
                var instrument = random.Next(4) == 0 ? Uniform(random, IloConvention) : Uniform(random, LegalInstrument);
                return new SyntheticEdge(index, type, document, instrument, Nodes.Dates[document], Nodes.Dates[document]);
            }

            case SignedDuring:
            {
                var instrument = random.Next(10) == 0 ? Uniform(random, TradeAgreement) : Uniform(random, Agreement);
                var evt = Uniform(random, Event);
                return new SyntheticEdge(index, type, instrument, evt, Nodes.Dates[evt], Nodes.Dates[evt]);
            }

            case Ratified:
            {
                var roll = random.Next(10);
                var instrument = roll < 8 ? Uniform(random, IloConvention) : roll < 9 ? Uniform(random, TradeAgreement) : Uniform(random, Agreement);
                return new SyntheticEdge(index, type, Skewed(random, Country), instrument, PartialDate.OfDay(DayIn(random, FirstDay, LastDay)), null);
            }

            case MemberOf:
            {
                var roll = random.Next(10);
                var member = roll < 5 ? Skewed(random, Country) : roll < 8 ? Skewed(random, Ministry) : Skewed(random, Organization);
                var organisation = OtherThan(random, Organization, member);
                return new SyntheticEdge(index, type, member, organisation, YearIn(random, 1990, 2024), null);
            }

            case CooperatesWith:
            {
                var first = Actor(random);
                var second = Actor(random);
                if (second == first)
                    second = first == _ranges[Country].Start ? first + 1 : _ranges[Country].Start;
                var from = YearIn(random, 1990, 2026);
                PartialDate? to = random.Next(2) == 0 ? PartialDate.OfYear(Math.Min(2026, from.Year + random.Next(10))) : null;
                return new SyntheticEdge(index, type, first, second, from, to);
            }

            default:
            {
                var roll = random.Next(4);
                var beneficiary = roll switch
                {
                    0 => Uniform(random, Agreement),
                    1 => Uniform(random, Event),
                    2 => Skewed(random, Organization),
                    _ => Skewed(random, Ministry),
                };
                var funder = Actor(random);
                if (funder == beneficiary)
                    funder = Skewed(random, Country);
                var from = Month(DayIn(random, FirstDay, LastDay));
                return new SyntheticEdge(index, Funds, funder, beneficiary, from, PartialDate.OfYear(Math.Min(2026, from.Year + random.Next(6))));
            }
        }
    }

    private int Actor(Random random)
    {
        var roll = random.Next(10);
        return roll < 4 ? Skewed(random, Country) : roll < 9 ? Skewed(random, Ministry) : Skewed(random, Organization);
    }

    /// <summary>A position biased towards the start of the kind's range: the quadratic bias makes hubs.</summary>
    private int Skewed(Random random, EntityKind kind)
    {
        var (start, count) = _ranges[kind];
        var u = random.NextDouble();
        return start + Math.Min(count - 1, (int)(count * u * u));
    }

    private int Uniform(Random random, EntityKind kind)
    {
        var (start, count) = _ranges[kind];
        return start + random.Next(count);
    }

    private int OtherThan(Random random, EntityKind kind, int node)
    {
        var picked = Skewed(random, kind);
        if (picked != node)
            return picked;
        var (start, count) = _ranges[kind];
        return start + ((picked - start + 1) % count);
    }

    private static Dictionary<EntityKind, (int, int)> PlanRanges(int entities)
    {
        const int Minimum = 2;
        // Each kind by its share, at least two; on a small graph those minimums can add up past the total, and then
        // the two of each kind come first and the rest is shared out (events take what is left in both cases).
        var byShare = KindShares.Select(k => Math.Clamp((int)(entities * k.Share), Minimum, k.Max)).ToArray();
        if (byShare.Sum() > entities - Minimum)
        {
            var spare = entities - (Minimum * (KindShares.Length + 1));
            byShare = KindShares.Select(k => Math.Min(k.Max, Minimum + (int)(spare * k.Share))).ToArray();
        }

        var ranges = new Dictionary<EntityKind, (int, int)>();
        var start = 0;
        for (var i = 0; i < KindShares.Length; i++)
        {
            ranges[KindShares[i].Kind] = (start, byShare[i]);
            start += byShare[i];
        }

        ranges[Event] = (start, entities - start);
        return ranges;
    }

    private SyntheticNodes BuildNodes(Random random)
    {
        var n = _spec.Entities;
        var ids = new string[n];
        var names = new string[n];
        var kinds = new byte[n];
        var dates = new PartialDate?[n];
        var people = new Bogus.DataSets.Name("en") { Random = new Bogus.Randomizer(_spec.Seed) };
        var places = new Bogus.DataSets.Address("en") { Random = new Bogus.Randomizer(_spec.Seed + 1) };
        var companies = new Bogus.DataSets.Company("en") { Random = new Bogus.Randomizer(_spec.Seed + 2) };
        var slug = new StringBuilder();
        foreach (var (kind, (start, count)) in _ranges)
        {
            for (var i = 0; i < count; i++)
            {
                var v = start + i;
                kinds[v] = (byte)kind;
                (ids[v], names[v]) = kind switch
                {
                    Country => ($"country:{CountryCode(i)}", places.Country()),
                    Organization => ($"org:SYN-{i}", $"{companies.CompanyName()} Organisation"),
                    Ministry => ($"ministry:{CountryCode(_ministryCountry[i] - _ranges[Country].Start)}-B{i}", $"Ministry of {Areas[random.Next(Areas.Length)]} {i}"),
                    Person => PersonIdAndName(people, slug, i),
                    IloConvention => ($"ilo:{(i < 1000 ? 'C' : 'P')}{i % 1000:D3}", $"ILO {(i < 1000 ? "Convention" : "Protocol")} {i % 1000}"),
                    TradeAgreement => ($"fta:SYN-{i}", $"{places.Country()} trade agreement {i}"),
                    Agreement => ($"agreement:syn-{i}", $"Cooperation agreement {i} on {Areas[random.Next(Areas.Length)]}"),
                    LegalInstrument => ($"instrument:syn-{i}", $"Law {i} on {Areas[random.Next(Areas.Length)]}"),
                    _ => ($"event:syn-{i}", $"Dialogue {i} on {Areas[random.Next(Areas.Length)]}"),
                };
                if (kind is Agreement or TradeAgreement or Event or LegalInstrument)
                    dates[v] = SomePrecision(random, DayIn(random, FirstDay, LastDay));
            }
        }

        return new SyntheticNodes(ids, names, kinds, dates);
    }

    private static (string Id, string Name) PersonIdAndName(Bogus.DataSets.Name people, StringBuilder slug, int i)
    {
        var name = $"{people.FirstName()} {people.LastName()}";
        slug.Clear().Append("person:");
        var dash = false;
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
                dash = false;
            }
            else if (!dash)
            {
                slug.Append('-');
                dash = true;
            }
        }

        if (!dash)
            slug.Append('-');
        slug.Append(i.ToString(CultureInfo.InvariantCulture));
        return (slug.ToString(), name);
    }

    private static string CountryCode(int i) =>
        string.Create(3, i, (span, value) =>
        {
            span[0] = (char)('A' + (value / 676 % 26));
            span[1] = (char)('A' + (value / 26 % 26));
            span[2] = (char)('A' + (value % 26));
        });

    private static DateOnly DayIn(Random random, DateOnly first, DateOnly last) =>
        DateOnly.FromDayNumber(first.DayNumber + random.Next(last.DayNumber - first.DayNumber + 1));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static PartialDate YearIn(Random random, int first, int last) => PartialDate.OfYear(random.Next(first, last + 1));

    private static PartialDate Month(DateOnly day) => PartialDate.OfMonth(day.Year, day.Month);

    private static PartialDate SomePrecision(Random random, DateOnly day) => random.Next(10) switch
    {
        < 7 => PartialDate.OfDay(day),
        < 9 => Month(day),
        _ => PartialDate.OfYear(day.Year),
    };
}
