namespace KnowledgeGraph.Import;

/// <summary>
/// A catalogue record as written in <c>seed/documents.json</c>, an import file or a mutation. <see cref="File"/> (files
/// only) names the text file beside the catalogue, read into <see cref="Text"/>; a mutation or an export carries the text
/// itself.
/// </summary>
public sealed record DocumentRecord
{
    /// <summary>The document's id, which sources cite.</summary>
    public string? Id { get; init; }

    /// <summary>The title in the document's language.</summary>
    public string? Title { get; init; }

    /// <summary>The curators' English translation of the title.</summary>
    public string? TitleEnglish { get; init; }

    /// <summary>Who published the document.</summary>
    public string? Publisher { get; init; }

    /// <summary>When it was published, as a partial date.</summary>
    public string? Published { get; init; }

    /// <summary>The document's language code.</summary>
    public string? Language { get; init; }

    /// <summary>Where the document is found.</summary>
    public string? Url { get; init; }

    /// <summary>For a web page: the day its excerpt was taken, as a partial date.</summary>
    public string? ExcerptTaken { get; init; }

    /// <summary>The curators' note on the document.</summary>
    public string? Note { get; init; }

    /// <summary>The text file beside the catalogue that holds the document's words (files only).</summary>
    public string? File { get; init; }

    /// <summary>The document's words, verbatim.</summary>
    public string? Text { get; init; }
}
