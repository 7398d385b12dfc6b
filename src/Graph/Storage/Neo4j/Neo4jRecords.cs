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

    public static Dictionary<string, object?> RelationshipRow(Relationship relationship)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["validFrom"] = relationship.ValidFrom?.ToString(),
            ["validTo"] = relationship.ValidTo?.ToString(),
            ["properties"] = JsonSerializer.Serialize(relationship.Properties, Json),
            ["sources"] = JsonSerializer.Serialize(relationship.Sources, Json),
        };
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = relationship.Id,
            ["from"] = relationship.From,
            ["to"] = relationship.To,
            ["properties"] = properties,
            ["validStart"] = relationship.ValidFrom?.Start.ToString("yyyy-MM-dd"),
            ["validEnd"] = relationship.ValidTo?.End.ToString("yyyy-MM-dd"),
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
