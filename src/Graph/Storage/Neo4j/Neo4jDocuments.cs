using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>How catalogue records are stored as properties of <c>:Document</c> nodes: every field a scalar, absent when null.</summary>
internal static class Neo4jDocuments
{
    public const string Label = "Document";

    public static Dictionary<string, object?> Row(Document document) => new(StringComparer.Ordinal)
    {
        ["id"] = document.Id,
        ["properties"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = document.Id,
            ["title"] = document.Title,
            ["titleEnglish"] = document.TitleEnglish,
            ["publisher"] = document.Publisher,
            ["published"] = document.Published?.ToString(),
            ["language"] = document.Language,
            ["url"] = document.Url,
            ["excerptTaken"] = document.ExcerptTaken?.ToString(),
            ["note"] = document.Note,
            ["text"] = document.Text,
        },
    };

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
