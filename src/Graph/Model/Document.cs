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
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? TitleEnglish { get; init; }
    public string? Publisher { get; init; }
    public PartialDate? Published { get; init; }
    public required string Language { get; init; }
    public string? Url { get; init; }

    /// <summary>For a web page: the day the curators took the excerpt kept in <see cref="Text"/> from a copy of the page.</summary>
    public PartialDate? ExcerptTaken { get; init; }

    /// <summary>The curators' note on the document (where its title or date was read, what the copy lacks); never the document's words.</summary>
    public string? Note { get; init; }

    public string? Text { get; init; }
}
