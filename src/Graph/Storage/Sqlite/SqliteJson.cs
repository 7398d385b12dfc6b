using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Names, aliases, properties and sources are stored as JSON text columns; this is their one format.</summary>
internal static class SqliteJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ImmutableSortedDictionary<string, string> map) => JsonSerializer.Serialize(map, Options);

    public static string Write(ImmutableArray<string> list) => JsonSerializer.Serialize(list, Options);

    public static string Write(ImmutableArray<Source> sources) => JsonSerializer.Serialize(sources, Options);

    public static ImmutableSortedDictionary<string, string> ReadMap(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? []).ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static ImmutableArray<string> ReadList(string json) => [.. JsonSerializer.Deserialize<string[]>(json, Options) ?? []];

    public static ImmutableArray<Source> ReadSources(string json) => [.. JsonSerializer.Deserialize<Source[]>(json, Options) ?? []];
}
