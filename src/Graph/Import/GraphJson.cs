using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Import;

/// <summary>
/// The JSON batch format of <c>seed/</c> and <c>kg export --format json</c>:
/// <c>{"documents": [...], "entities": [...], "relationships": [...]}</c>. Reading never throws on bad records: each is
/// reported with its file and JSON path, so an import can list every problem at once. A document record read from a file
/// may name its text file (<c>"file"</c>, relative to the JSON file), which is read into the record.
/// </summary>
public static class GraphJson
{
    /// <summary>The batch format's serializer settings: web names, indented, quotes left readable, unknown members refused.</summary>
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
            ReadInto(batch, stream, name, Path.GetDirectoryName(Path.GetFullPath(file)));
        }

        return batch;
    }

    /// <summary>One batch from a stream (a request body, a review page's accepted candidates); <paramref name="name"/> locates its errors.</summary>
    public static RecordBatch Read(Stream stream, string name)
    {
        var batch = new RecordBatch();
        ReadInto(batch, stream, name, folder: null);
        return batch;
    }

    private static void ReadInto(RecordBatch batch, Stream stream, string name, string? folder)
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
                batch.Errors.Add(new RecordError(name, "$", "expected an object with \"documents\", \"entities\" and/or \"relationships\" arrays"));
                return;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "documents":
                        var documents = new List<Located<DocumentRecord>>();
                        ReadArray(property.Value, name, "documents", documents, batch);
                        batch.Documents.AddRange(documents.Select(d => WithFileText(d, folder, batch.Errors)).OfType<Located<DocumentRecord>>());
                        break;
                    case "entities":
                        ReadArray(property.Value, name, "entities", batch.Entities, batch);
                        break;
                    case "relationships":
                        ReadArray(property.Value, name, "relationships", batch.Relationships, batch);
                        break;
                    default:
                        batch.Errors.Add(new RecordError(name, "$." + property.Name, "unknown member; expected \"documents\", \"entities\" or \"relationships\""));
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

    /// <summary>
    /// A document record's text file read into the record, its header left out; null (with the error) when the file is
    /// missing, unreadable, or named where there is no folder to find it in.
    /// </summary>
    private static Located<DocumentRecord>? WithFileText(Located<DocumentRecord> located, string? folder, List<RecordError> errors)
    {
        var (location, record) = located;
        if (record.File is null)
            return located;
        if (record.Text is not null)
        {
            errors.Add(new RecordError(location, "file", "give the text or the file it is in, not both", record.File));
            return null;
        }

        if (folder is null || Path.IsPathRooted(record.File))
        {
            errors.Add(new RecordError(location, "file", "a text file is named relative to the catalogue file it is listed in", record.File));
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, record.File));
        if (!path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            errors.Add(new RecordError(location, "file", "a text file must be in the catalogue's folder or below it", record.File));
            return null;
        }

        try
        {
            return located with { Record = record with { File = null, Text = DocumentText.Read(path).Text } };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            errors.Add(new RecordError(location, "file", File.Exists(path) ? $"cannot be read: {e.Message}" : "no such file beside the catalogue", record.File));
            return null;
        }
    }

    /// <summary>Writes documents (their text inline), entities and relationships as one importable batch file, streaming.</summary>
    public static async Task WriteAsync(
        Stream stream, IAsyncEnumerable<Document> documents, IAsyncEnumerable<Entity> entities, IAsyncEnumerable<Relationship> relationships,
        CancellationToken cancellationToken = default)
    {
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
        await foreach (var document in documents.WithCancellation(cancellationToken))
            JsonSerializer.Serialize(writer, document.ToRecord(), Options);
        writer.WriteEndArray();
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
