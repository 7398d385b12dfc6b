namespace KnowledgeGraph.Import;

/// <summary>
/// Evidence as written: a catalogued document's id or URL, the quote in its original language, and optionally when
/// the quote shows the fact holding (<c>asOf</c>), the curators' English translation and the curators' note (how asOf
/// was read when the quote does not give it).
/// </summary>
public sealed record SourceRecord
{
    /// <summary>Id of the catalogued document quoted.</summary>
    public string? Document { get; init; }

    /// <summary>Where the quote was found, for a source not in the catalogue.</summary>
    public string? Url { get; init; }

    /// <summary>The words quoted, in the document's language.</summary>
    public string? Quote { get; init; }

    /// <summary>The quote's language code.</summary>
    public string? Language { get; init; }

    /// <summary>When the quote shows the fact holding, as a partial date.</summary>
    public string? AsOf { get; init; }

    /// <summary>The curators' English translation of the quote.</summary>
    public string? Translation { get; init; }

    /// <summary>The curators' note, e.g. how <see cref="AsOf"/> was read.</summary>
    public string? Note { get; init; }

    /// <summary>Who accepted this source when reviewing ingested candidates (with <see cref="ReviewedAt"/>).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When, as an ISO 8601 date and time with its offset (<c>2024-03-01T09:30:00Z</c>).</summary>
    public string? ReviewedAt { get; init; }
}
