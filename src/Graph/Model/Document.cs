namespace KnowledgeGraph.Model;

/// <summary>
/// A catalogued source document: an article, the fact sheet, or the excerpt kept of a web page. Sources cite it by
/// <see cref="Id"/>. <see cref="Text"/> is the document's words as stored, verbatim; when it is there, every quote citing
/// the document must be found in it.
/// </summary>
/// <remarks>
/// <see cref="Title"/> is in the document's <see cref="Language"/>, or, in brackets, the curators' description when the
/// copy shows no headline; <see cref="TitleEnglish"/> is the curators' translation for a document not in English.
/// A null <see cref="Publisher"/> or <see cref="Published"/> means the material does not say.
/// </remarks>
public sealed record Document
{
    /// <summary>The id sources cite the document by.</summary>
    public required string Id { get; init; }

    /// <summary>The title in the document's language, or the curators' bracketed description.</summary>
    public required string Title { get; init; }

    /// <summary>The curators' English translation of the title.</summary>
    public string? TitleEnglish { get; init; }

    /// <summary>Who published the document.</summary>
    public string? Publisher { get; init; }

    /// <summary>When the document was published.</summary>
    public PartialDate? Published { get; init; }

    /// <summary>The document's language code.</summary>
    public required string Language { get; init; }

    /// <summary>Where the document is found.</summary>
    public string? Url { get; init; }

    /// <summary>For a web page: the day the curators took the excerpt kept in <see cref="Text"/> from a copy of the page.</summary>
    public PartialDate? ExcerptTaken { get; init; }

    /// <summary>The curators' note on the document (where its title or date was read, what the copy lacks); never the document's words.</summary>
    public string? Note { get; init; }

    /// <summary>The document's words as stored, verbatim; null when only the record is kept.</summary>
    public string? Text { get; init; }
}
