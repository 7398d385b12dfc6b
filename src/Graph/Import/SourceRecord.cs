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

    /// <summary>Who accepted this source when reviewing ingested candidates (with <see cref="ReviewedAt"/>).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When, as an ISO 8601 date and time with its offset (<c>2024-03-01T09:30:00Z</c>).</summary>
    public string? ReviewedAt { get; init; }
}
