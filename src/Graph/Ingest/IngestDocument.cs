using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The article being ingested: its catalogue record, text included (every quote is a substring of <see cref="Text"/>),
/// and what was read from the text rather than given (<see cref="Detected"/>: the date, the language, the title).
/// </summary>
public sealed record IngestDocument
{
    /// <summary>The article of <paramref name="catalogue"/>, which must carry its text; <paramref name="detected"/> names what was read from the text.</summary>
    public IngestDocument(Document catalogue, IReadOnlyList<string>? detected = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(catalogue.Text, nameof(catalogue));
        Catalogue = catalogue;
        Detected = detected ?? [];
    }

    /// <summary>The catalogue record, text included.</summary>
    public Document Catalogue { get; init; }

    /// <summary>What was read from the text rather than given: the date, the language, the title.</summary>
    public IReadOnlyList<string> Detected { get; init; }

    /// <summary>The document's id.</summary>
    public string Id => Catalogue.Id;

    /// <summary>The document's language code.</summary>
    public string Language => Catalogue.Language;

    /// <summary>When the document was published, when known.</summary>
    public PartialDate? Published => Catalogue.Published;

    /// <summary>The document's words; every quote is a substring of them.</summary>
    public string Text => Catalogue.Text!;
}
