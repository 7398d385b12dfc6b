using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The Neo4j layout of entities and relationships, owned here alone: the live store writes its rows from
/// <see cref="EntityProperties"/> and <see cref="RelationshipProperties"/>, and so do the Cypher and CSV exports, so a
/// database loaded from either export is one the store (and <c>cypher/search.cypher</c>) can serve. Scalars stay scalars
/// (dates also as DATE values, so Cypher users can compare them); maps and sources, which Neo4j properties cannot hold,
/// are JSON strings.
/// </summary>
internal static class Neo4jRecords
{
    /// <summary>The label every entity node has, beside its kind's label from the ontology.</summary>
    public const string EntityLabel = "Entity";

    /// <summary>Joins an entity's search terms in <c>searchText</c>; folding never produces it, so a match cannot span two terms.</summary>
    private const char SearchTermSeparator = '\u001f';

    /// <summary>How DATE values are written for Cypher's <c>date()</c>: ISO, in the Gregorian calendar whatever the host's culture.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>How maps and sources become JSON strings.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Encoder = ReadableJsonEncoder.Instance };

    /// <summary>
    /// An entity node's properties, in the order exports write them. <c>searchTerms</c> (the folded name, names and
    /// aliases) and <c>searchText</c> (them joined) are what <c>cypher/search.cypher</c> filters and ranks on.
    /// </summary>
    public static IReadOnlyList<Neo4jProperty<Entity>> EntityProperties { get; } =
    [
        new("id", Neo4jValueType.Text, e => e.Id),
        new("name", Neo4jValueType.Text, e => e.Name),
        new("names", Neo4jValueType.Text, e => JsonSerializer.Serialize(e.Names, Json)),
        new("aliases", Neo4jValueType.TextList, e => e.Aliases.ToArray()),
        new("date", Neo4jValueType.Text, e => e.Date?.ToString()),
        new("dateStart", Neo4jValueType.Date, e => e.Date is { } date ? Day(date.Start) : null),
        new("properties", Neo4jValueType.Text, e => JsonSerializer.Serialize(e.Properties, Json)),
        new("sources", Neo4jValueType.Text, e => JsonSerializer.Serialize(e.Sources, Json)),
        new("searchTerms", Neo4jValueType.TextList, SearchTerms),
        new("searchText", Neo4jValueType.Text, e => string.Join(SearchTermSeparator, SearchTerms(e))),
    ];

    /// <summary>
    /// A relationship's properties, in the order exports write them: validStart/validEnd are the stated dates,
    /// spanStart/spanEnd the days the evidence supports (<see cref="RelationshipTime.Span"/>), null when open;
    /// attestedFrom/attestedTo feed the projection.
    /// </summary>
    public static IReadOnlyList<Neo4jProperty<Relationship>> RelationshipProperties { get; } =
    [
        new("id", Neo4jValueType.Text, r => r.Id),
        new("validFrom", Neo4jValueType.Text, r => r.Time.ValidFrom?.ToString()),
        new("validTo", Neo4jValueType.Text, r => r.Time.ValidTo?.ToString()),
        new("attestedFrom", Neo4jValueType.Text, r => r.Time.AttestedFrom?.ToString()),
        new("attestedTo", Neo4jValueType.Text, r => r.Time.AttestedTo?.ToString()),
        new("properties", Neo4jValueType.Text, r => JsonSerializer.Serialize(r.Properties, Json)),
        new("sources", Neo4jValueType.Text, r => JsonSerializer.Serialize(r.Sources, Json)),
        new("validStart", Neo4jValueType.Date, r => Day(r.Time.Span(EvidenceMode.Possible).From)),
        new("validEnd", Neo4jValueType.Date, r => Day(r.Time.Span(EvidenceMode.Possible).To)),
        new("spanStart", Neo4jValueType.Date, r => Day(r.Time.Span(EvidenceMode.Supported).From)),
        new("spanEnd", Neo4jValueType.Date, r => Day(r.Time.Span(EvidenceMode.Supported).To)),
    ];

    /// <summary>The labels of an entity's node: <see cref="EntityLabel"/> and its kind's.</summary>
    public static string[] EntityLabels(Entity entity) => [EntityLabel, GraphOntology.Definition(entity.Kind).Label];

    /// <summary>An entity as <c>entity-upsert.cypher</c> takes it (<see cref="Row"/>).</summary>
    public static Dictionary<string, object?> EntityRow(Entity entity) =>
        Row(EntityProperties, entity, new(StringComparer.Ordinal) { ["id"] = entity.Id });

    /// <summary>A relationship as <c>relationship-upsert.cypher</c> takes it (<see cref="Row"/>), with its ends.</summary>
    public static Dictionary<string, object?> RelationshipRow(Relationship relationship) =>
        Row(RelationshipProperties, relationship, new(StringComparer.Ordinal) { ["id"] = relationship.Id, ["from"] = relationship.From, ["to"] = relationship.To });

    /// <summary>
    /// A record as the upsert statements take it: the <paramref name="keys"/> they match on, the text properties under
    /// <c>properties</c> (set in one go) and each DATE property beside them as yyyy-MM-dd text, which the statement
    /// passes through <c>date()</c>.
    /// </summary>
    public static Dictionary<string, object?> Row<T>(IReadOnlyList<Neo4jProperty<T>> layout, T record, Dictionary<string, object?> keys)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        keys["properties"] = properties;
        foreach (var property in layout)
            (property.Type == Neo4jValueType.Date ? keys : properties)[property.Name] = property.Read(record);
        return keys;
    }

    public static Entity ToEntity(Neo4jNode node)
    {
        var p = node.Properties;
        return new Entity
        {
            Id = Text(p, "id"),
            Kind = KindOf(node),
            Name = Text(p, "name"),
            Names = FromJson<ImmutableSortedDictionary<string, string>>(p, "names") ?? ImmutableSortedDictionary<string, string>.Empty,
            Aliases = p.GetValueOrDefault("aliases") is List<object?> aliases ? [.. aliases.Cast<string>()] : [],
            Date = p.GetValueOrDefault("date") is string date ? PartialDate.Parse(date) : null,
            Properties = FromJson<ImmutableSortedDictionary<string, string>>(p, "properties") ?? ImmutableSortedDictionary<string, string>.Empty,
            Sources = FromJson<ImmutableArray<Source>?>(p, "sources") ?? [],
        };
    }

    public static Relationship ToRelationship(Neo4jRelationship relationship, string from, string to)
    {
        var p = relationship.Properties;
        return new Relationship
        {
            Id = Text(p, "id"),
            Type = TypeOf(relationship.Type),
            From = from,
            To = to,
            ValidFrom = p.GetValueOrDefault("validFrom") is string validFrom ? PartialDate.Parse(validFrom) : null,
            ValidTo = p.GetValueOrDefault("validTo") is string validTo ? PartialDate.Parse(validTo) : null,
            Properties = FromJson<ImmutableSortedDictionary<string, string>>(p, "properties") ?? ImmutableSortedDictionary<string, string>.Empty,
            Sources = FromJson<ImmutableArray<Source>?>(p, "sources") ?? [],
        };
    }

    public static RelationshipType TypeOf(string typeName) =>
        GraphOntology.TryParseType(typeName, out var type)
            ? type
            : throw new InvalidDataException($"Neo4j holds a relationship of type '{typeName}', which the ontology does not define");

    private static string[] SearchTerms(Entity entity) =>
        new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases)
            .Select(SearchText.Fold).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A day as Cypher's <c>date()</c> reads it; an open side (DateOnly.MinValue or MaxValue) is null.</summary>
    private static string? Day(DateOnly day) => day == DateOnly.MinValue || day == DateOnly.MaxValue ? null : day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static EntityKind KindOf(Neo4jNode node)
    {
        foreach (var label in node.Labels)
        {
            foreach (var definition in GraphOntology.Kinds)
            {
                if (definition.Label == label)
                    return definition.Kind;
            }
        }

        throw new InvalidDataException($"Neo4j node {node.ElementId} has no kind label of the ontology (labels: {string.Join(", ", node.Labels)})");
    }

    private static string Text(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.GetValueOrDefault(key) as string ?? throw new InvalidDataException($"a Neo4j element lacks the text property '{key}'");

    private static T? FromJson<T>(IReadOnlyDictionary<string, object?> properties, string key) =>
        properties.GetValueOrDefault(key) is string json ? JsonSerializer.Deserialize<T>(json, Json) : default;
}
