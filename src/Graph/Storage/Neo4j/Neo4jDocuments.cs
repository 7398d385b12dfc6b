using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// How catalogue records are stored as properties of <c>:Document</c> nodes, by the store and both Neo4j exports alike:
/// every field a scalar, absent when null.
/// </summary>
internal static class Neo4jDocuments
{
    public const string Label = "Document";

    /// <summary>A catalogue record's properties, in the order exports write them.</summary>
    public static IReadOnlyList<Neo4jProperty<Document>> Properties { get; } =
    [
        new("id", Neo4jValueType.Text, d => d.Id),
        new("title", Neo4jValueType.Text, d => d.Title),
        new("titleEnglish", Neo4jValueType.Text, d => d.TitleEnglish),
        new("publisher", Neo4jValueType.Text, d => d.Publisher),
        new("published", Neo4jValueType.Text, d => d.Published?.ToString()),
        new("language", Neo4jValueType.Text, d => d.Language),
        new("url", Neo4jValueType.Text, d => d.Url),
        new("excerptTaken", Neo4jValueType.Text, d => d.ExcerptTaken?.ToString()),
        new("note", Neo4jValueType.Text, d => d.Note),
        new("text", Neo4jValueType.Text, d => d.Text),
    ];

    /// <summary>A record as <c>document-upsert.cypher</c> takes it.</summary>
    public static Dictionary<string, object?> Row(Document document) =>
        Neo4jRecords.Row(Properties, document, new(StringComparer.Ordinal) { ["id"] = document.Id });

    public static Document ToDocument(Neo4jNode node)
    {
        var p = node.Properties;
        string? Text(string key) => p.GetValueOrDefault(key) as string;
        return new Document
        {
            Id = Text("id") ?? throw new InvalidDataException($"Neo4j node {node.ElementId} is a Document without an id"),
            Title = Text("title") ?? throw new InvalidDataException($"Neo4j node {node.ElementId} is a Document without a title"),
            TitleEnglish = Text("titleEnglish"),
            Publisher = Text("publisher"),
            Published = Text("published") is { } published ? PartialDate.Parse(published) : null,
            Language = Text("language") ?? throw new InvalidDataException($"Neo4j node {node.ElementId} is a Document without a language"),
            Url = Text("url"),
            ExcerptTaken = Text("excerptTaken") is { } taken ? PartialDate.Parse(taken) : null,
            Note = Text("note"),
            Text = Text("text"),
        };
    }

    public static List<Document> Read(QueryApiResult result)
    {
        var column = result.Column("d");
        return [.. result.Rows.Select(row => ToDocument((Neo4jNode)row[column]!))];
    }
}
