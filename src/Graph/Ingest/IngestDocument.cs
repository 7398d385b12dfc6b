using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The article being ingested: its catalogue metadata and its text, exactly as read (every quote is a substring of
/// <see cref="Text"/>). <see cref="Detected"/> lists what was read from the text rather than given (the date, the language).
/// </summary>
public sealed record IngestDocument
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleEnglish { get; init; }
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }
    public required string Language { get; init; }
    public string? Url { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<string> Detected { get; init; } = [];
}
