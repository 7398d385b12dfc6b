using System.Collections.Immutable;
using System.Text.Json;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How entities and relationships are stored as Neo4j properties. Scalars stay scalars (dates also as DATE values,
/// so Cypher users can compare them); maps and sources, which Neo4j properties cannot hold, are JSON strings.
/// </summary>
internal static class Neo4jRecords
{
    public const string EntityLabel = "Entity";

    /// <summary>How maps and sources become JSON strings; the Cypher and CSV exports write them the same way.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Encoder = ReadableJsonEncoder.Instance };

    public static Dictionary<string, object?> EntityRow(Entity entity)
    {
        var terms = new[] { entity.Name }.Concat(entity.Names.Values).Concat(entity.Aliases)
            .Select(SearchText.Fold).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["name"] = entity.Name,
            ["names"] = JsonSerializer.Serialize(entity.Names, Json),
            ["aliases"] = entity.Aliases.ToArray(),
            ["date"] = entity.Date?.ToString(),
            ["properties"] = JsonSerializer.Serialize(entity.Properties, Json),
            ["sources"] = JsonSerializer.Serialize(entity.Sources, Json),
            ["searchTerms"] = terms,
            // A separator that folding never produces keeps a match from spanning two terms.
            ["searchText"] = string.Join('\u001f', terms),
        };
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = entity.Id,
            ["properties"] = properties,
            ["dateStart"] = entity.Date?.Start.ToString("yyyy-MM-dd"),
        };
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

    /// <summary>The text properties of a stored relationship, in the order exports write them.</summary>
    public static readonly string[] RelationshipTextProperties = ["id", "validFrom", "validTo", "attestedFrom", "attestedTo", "properties", "sources"];

    /// <summary>The DATE properties of a stored relationship, in the order exports write them.</summary>
    public static readonly string[] RelationshipDateProperties = ["validStart", "validEnd", "spanStart", "spanEnd"];

    /// <summary>
    /// A relationship as the upsert statement takes it: ends, text properties (<c>properties</c>, in a fixed order) and
    /// the DATE properties of <see cref="RelationshipDateProperties"/> as yyyy-MM-dd text. validStart/validEnd are the
    /// stated dates, spanStart/spanEnd the days the evidence supports (<see cref="RelationshipTime.Span"/>), null when
    /// open; attestedFrom/attestedTo feed the projection. Exporters write this same layout.
    /// </summary>
    public static Dictionary<string, object?> RelationshipRow(Relationship relationship)
    {
        var time = relationship.Time;
        var (stated, span) = (time.Span(EvidenceMode.Possible), time.Span(EvidenceMode.Supported));
        string?[] text =
        [
            relationship.Id, time.ValidFrom?.ToString(), time.ValidTo?.ToString(), time.AttestedFrom?.ToString(), time.AttestedTo?.ToString(),
            JsonSerializer.Serialize(relationship.Properties, Json), JsonSerializer.Serialize(relationship.Sources, Json),
        ];
        string?[] dates = [Day(stated.From), Day(stated.To), Day(span.From), Day(span.To)];
        var row = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["from"] = relationship.From,
            ["to"] = relationship.To,
            ["properties"] = RelationshipTextProperties.Zip(text).ToDictionary(p => p.First, p => (object?)p.Second, StringComparer.Ordinal),
        };
        foreach (var (name, value) in RelationshipDateProperties.Zip(dates))
            row[name] = value;
        return row;
    }

    /// <summary>A day as Cypher's <c>date()</c> reads it; an open side (DateOnly.MinValue or MaxValue) is null.</summary>
    private static string? Day(DateOnly day) => day == DateOnly.MinValue || day == DateOnly.MaxValue ? null : day.ToString("yyyy-MM-dd");

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
