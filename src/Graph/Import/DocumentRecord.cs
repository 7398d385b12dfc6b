namespace KnowledgeGraph.Import;

/// <summary>
/// A catalogue record as written in <c>seed/documents.json</c>, an import file or a mutation. <see cref="File"/> (files
/// only) names the text file beside the catalogue, read into <see cref="Text"/>; a mutation or an export carries the text
/// itself.
/// </summary>
public sealed record DocumentRecord
{
    public string? Id { get; init; }
    public string? Title { get; init; }
    public string? TitleEnglish { get; init; }
    public string? Publisher { get; init; }
    public string? Published { get; init; }
    public string? Language { get; init; }
    public string? Url { get; init; }
    public string? ExcerptTaken { get; init; }
    public string? Note { get; init; }
    public string? File { get; init; }
    public string? Text { get; init; }
}
