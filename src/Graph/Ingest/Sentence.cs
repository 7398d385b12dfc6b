namespace KnowledgeGraph.Ingest;

/// <summary>One sentence of a document: its number (from 0, in reading order) and where it stands in the text.</summary>
public sealed record Sentence(int Index, TextSpan Span, string Text);
