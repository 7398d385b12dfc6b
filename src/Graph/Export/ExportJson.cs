using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Export;

/// <summary>How exports write maps and sources that their format has no type for: compact JSON, the Neo4j store's own encoding.</summary>
internal static class ExportJson
{
    public static JsonSerializerOptions Options => Neo4jRecords.Json;

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);
}
