using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The article being ingested: its catalogue record, text included (every quote is a substring of <see cref="Text"/>),
/// and what was read from the text rather than given (<see cref="Detected"/>: the date, the language, the title).
/// </summary>
public sealed record IngestDocument
{
    public IngestDocument(Document catalogue, IReadOnlyList<string>? detected = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(catalogue.Text, nameof(catalogue));
        Catalogue = catalogue;
        Detected = detected ?? [];
    }

    public Document Catalogue { get; init; }

    public IReadOnlyList<string> Detected { get; init; }

    public string Id => Catalogue.Id;

    public string Language => Catalogue.Language;

    public PartialDate? Published => Catalogue.Published;

    public string Text => Catalogue.Text!;
}
