namespace KnowledgeGraph.Model;

/// <summary>
/// Evidence for a fact: a source article (its file name) or a URL, and the quote in its original language.
/// </summary>
public sealed record Source(string? Document, string? Url, string Quote, string? Language);
