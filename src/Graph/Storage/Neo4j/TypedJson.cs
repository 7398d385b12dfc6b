using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Decodes Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": T, "_value": V}</c>,
/// integers and floats travel as strings so 64-bit values survive, temporals as ISO strings.
/// </summary>
internal static class TypedJson
{
    public static object? Decode(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeElement))
            throw Malformed($"expected a typed value {{\"$type\", \"_value\"}} but got {element.ValueKind}");
        var type = typeElement.GetString();
        element.TryGetProperty("_value", out var value);
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ParseFloat(value.GetString()!),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString()!),
            "Date" => DateOnly.ParseExact(value.GetString()!, Neo4jRecords.DayFormat, CultureInfo.InvariantCulture),
            "Time" or "LocalTime" or "ZonedDateTime" or "OffsetDateTime" or "LocalDateTime" or "Duration" or "Point" => value.GetString(),
            "List" or "Path" => value.EnumerateArray().Select(Decode).ToList(),
            "Map" => DecodeMap(value),
            "Node" => DecodeNode(value),
            "Relationship" => DecodeRelationship(value),
            _ => throw Malformed($"unknown typed-JSON type '{type}'"),
        };
    }

    private static double ParseFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> DecodeMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
            result[property.Name] = Decode(property.Value);
        return result;
    }

    private static Neo4jNode DecodeNode(JsonElement node) => new(
        node.GetProperty("_element_id").GetString()!,
        [.. node.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
        DecodeMap(node.GetProperty("_properties")));

    private static Neo4jRelationship DecodeRelationship(JsonElement relationship) => new(
        relationship.GetProperty("_element_id").GetString()!,
        relationship.GetProperty("_type").GetString()!,
        relationship.GetProperty("_start_node_element_id").GetString()!,
        relationship.GetProperty("_end_node_element_id").GetString()!,
        DecodeMap(relationship.GetProperty("_properties")));

    private static Neo4jQueryException Malformed(string detail) =>
        new(Neo4jErrorKind.Protocol, null, $"Neo4j answered with typed JSON this client cannot read: {detail}");
}
