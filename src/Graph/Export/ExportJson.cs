using System.Text.Json;

namespace KnowledgeGraph.Export;

/// <summary>How exports write maps and sources that their format has no type for: compact JSON, the Neo4j store's own encoding.</summary>
internal static class ExportJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
