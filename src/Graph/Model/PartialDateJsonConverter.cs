using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>Writes a <see cref="PartialDate"/> as its text (<c>"2023-06"</c>), so stored JSON reads like the seed files.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PartialDate.TryParse(reader.GetString(), out var date, out var error) ? date : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
