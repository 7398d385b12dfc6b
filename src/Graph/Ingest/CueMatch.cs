namespace KnowledgeGraph.Ingest;

/// <summary>Where a cue phrase stands in a sentence: its first and last token and the words themselves.</summary>
internal sealed record CueMatch(Cue Cue, int FirstToken, int LastToken, TextSpan Span, string Text);
