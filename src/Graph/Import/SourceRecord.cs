namespace KnowledgeGraph.Import;

/// <summary>
/// Evidence as written: a catalogued document's id or URL, the quote in its original language, and optionally when
/// the quote shows the fact holding (<c>asOf</c>), the curators' English translation and the curators' note (how asOf
/// was read when the quote does not give it).
/// </summary>
public sealed record SourceRecord
{
    public string? Document { get; init; }
    public string? Url { get; init; }
    public string? Quote { get; init; }
    public string? Language { get; init; }
    public string? AsOf { get; init; }
    public string? Translation { get; init; }
    public string? Note { get; init; }
}
