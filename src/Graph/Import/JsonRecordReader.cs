using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads one record from a JSON element. A record that does not deserialise as a whole is read member by member, so
/// every unknown member and every member of the wrong shape is reported, and the members that can be read are kept
/// for validation to report what else is wrong with the record.
/// </summary>
internal static class JsonRecordReader
{
    /// <summary>The record (null when the element is not an object), with an error added for each member that could not be read.</summary>
    public static T? Read<T>(JsonElement element, string location, JsonSerializerOptions options, RecordBatch batch)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            batch.Errors.Add(new RecordError(location, "$", $"expected an object, found {Describe(element.ValueKind)}"));
            return null;
        }

        try
        {
            return element.Deserialize<T>(options);
        }
        catch (JsonException)
        {
            return ReadMembers<T>(element, location, options, batch);
        }
    }

    private static T ReadMembers<T>(JsonElement element, string location, JsonSerializerOptions options, RecordBatch batch)
    {
        var type = options.GetTypeInfo(typeof(T));
        var buffer = new MemoryStream();
        using (var readable = new Utf8JsonWriter(buffer))
        {
            readable.WriteStartObject();
            foreach (var member in element.EnumerateObject())
            {
                if (Find(type, member.Name, options) is not { } property)
                {
                    batch.Errors.Add(new RecordError(location, member.Name, $"unknown member; expected one of {string.Join(", ", type.Properties.Select(p => p.Name))}"));
                    continue;
                }

                try
                {
                    member.Value.Deserialize(property.PropertyType, options);
                    member.WriteTo(readable);
                }
                catch (JsonException e)
                {
                    var inner = e.Path is null or "$" ? "" : e.Path[1..];
                    var message = inner.Length == 0 ? $"expected {Describe(options.GetTypeInfo(property.PropertyType))}" : e.Message.Split(" Path:")[0];
                    batch.AddUnreadable(new RecordError(location, property.Name + inner, message));
                }
            }

            readable.WriteEndObject();
        }

        return JsonSerializer.Deserialize<T>(buffer.ToArray(), options)!;
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo type, string name, JsonSerializerOptions options) =>
        type.Properties.FirstOrDefault(p => string.Equals(p.Name, name, options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    private static string Describe(JsonTypeInfo type) => type.Kind switch
    {
        JsonTypeInfoKind.Enumerable => "an array",
        JsonTypeInfoKind.Dictionary or JsonTypeInfoKind.Object => "an object",
        _ => type.Type == typeof(string) ? "a string" : type.Type.Name,
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
