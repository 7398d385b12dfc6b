namespace KnowledgeGraph.Model;

/// <summary>
/// Evidence for a fact: a catalogued document (its id: an article, the fact sheet, a web page's excerpt) or a URL, and the
/// quote in its original language, word for word as the document gives it.
/// <see cref="AsOf"/> is when the quote shows the fact holding (the event's date, else the document's date): an
/// attestation, never a start. <see cref="Translation"/> and <see cref="Note"/> are the curators' words, not the source's.
/// <see cref="ReviewedBy"/> and <see cref="ReviewedAt"/> record who accepted the source in a review of ingested
/// candidates, and when; both or neither.
/// </summary>
public sealed record Source(
    string? Document, string? Url, string Quote, string? Language, PartialDate? AsOf = null, string? Translation = null, string? Note = null,
    string? ReviewedBy = null, DateTimeOffset? ReviewedAt = null);
