namespace KnowledgeGraph.Api.Sources;

/// <summary>
/// One quote the graph cites from a document, with the facts citing it and where it stands in the document's text
/// (null when it is not found there, e.g. a document kept without text), and the curators' English translation.
/// </summary>
internal sealed record CitedQuote(string Anchor, string Quote, string? Language, (int Start, int End)? Span, IReadOnlyList<CitingFact> Facts, string? Translation = null);
