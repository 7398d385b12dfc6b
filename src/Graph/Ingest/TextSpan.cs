namespace KnowledgeGraph.Ingest;

/// <summary>A stretch of the document's text by character offsets, so every quote and highlight is the document's own words.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Characters in the span.</summary>
    public int Length => End - Start;

    /// <summary>The span's words in <paramref name="text"/>.</summary>
    public string Of(string text) => text[Start..End];

    /// <summary>True when the two spans share a character.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
