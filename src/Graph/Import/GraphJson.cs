using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Import;

/// <summary>
/// The JSON batch format of <c>seed/</c> and <c>kg export --format json</c>:
/// <c>{"entities": [...], "relationships": [...]}</c>. Reading never throws on bad records: each is reported with
/// its file and JSON path, so an import can list every problem at once.
/// </summary>
public static class GraphJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = ReadableJsonEncoder.Instance,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>Reads one file, or every <c>*.json</c> under a folder (ordinal path order), as one batch.</summary>
    public static RecordBatch ReadPath(string path)
    {
        if (File.Exists(path))
            return ReadFiles([path], Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (!Directory.Exists(path))
            return RecordBatch.Failed(new RecordError(path, "path", "no such file or folder"));
        var files = Directory.GetFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        return files.Length == 0
            ? RecordBatch.Failed(new RecordError(path, "path", "the folder holds no .json file"))
            : ReadFiles(files, path);
    }

    private static RecordBatch ReadFiles(IEnumerable<string> files, string root)
    {
        var batch = new RecordBatch();
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(root, file).Replace('\\', '/');
            using var stream = File.OpenRead(file);
            ReadInto(batch, stream, name);
        }

        return batch;
    }

    public static RecordBatch Read(Stream stream, string name)
    {
        var batch = new RecordBatch();
        ReadInto(batch, stream, name);
        return batch;
    }

    private static void ReadInto(RecordBatch batch, Stream stream, string name)
    {
        batch.Reading(name);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            batch.Errors.Add(new RecordError(name, "$", $"not valid JSON: {e.Message}"));
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                batch.Errors.Add(new RecordError(name, "$", "expected an object with \"entities\" and/or \"relationships\" arrays"));
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "entities":
                        ReadArray(property.Value, name, "entities", batch.Entities, batch);
                        break;
                    case "relationships":
                        ReadArray(property.Value, name, "relationships", batch.Relationships, batch);
                        break;
                    default:
                        batch.Errors.Add(new RecordError(name, "$." + property.Name, "unknown member; expected \"entities\" or \"relationships\""));
                        break;
                }
            }
        }
    }

    private static void ReadArray<T>(JsonElement array, string name, string member, List<Located<T>> into, RecordBatch batch)
        where T : class
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            batch.Errors.Add(new RecordError(name, "$." + member, "expected an array"));
            return;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var location = $"{name} $.{member}[{index++}]";
            batch.Reading(location);
            if (JsonRecordReader.Read<T>(element, location, Options, batch) is { } record)
                into.Add(new Located<T>(location, record));
        }
    }

    /// <summary>Writes entities and relationships as one importable batch file, streaming.</summary>
    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<Entity> entities, IAsyncEnumerable<Relationship> relationships, CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        writer.WriteStartObject();
        writer.WriteStartArray("entities");
        await foreach (var entity in entities.WithCancellation(cancellationToken))
            JsonSerializer.Serialize(writer, entity.ToRecord(), Options);
        writer.WriteEndArray();
        writer.WriteStartArray("relationships");
        await foreach (var relationship in relationships.WithCancellation(cancellationToken))
            JsonSerializer.Serialize(writer, relationship.ToRecord(), Options);
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}

