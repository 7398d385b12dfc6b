namespace KnowledgeGraph.Ingest;

/// <summary>A stretch of the document's text by character offsets, so every quote and highlight is the document's own words.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
