namespace KnowledgeGraph.Ingest;

/// <summary>
/// A word of a sentence (a run of letters and digits) with its place in the document, its lower-case form (diacritics
/// kept, for cue phrases) and its search folding (for names).
/// </summary>
public sealed record Token(TextSpan Span, string Text, string Lower, string Folded)
{
    /// <summary>True when the word starts with a capital.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>True when every letter of the word is a capital (and it has one).</summary>
    public bool IsAllUpper => Text.Any(char.IsLetter) && Text.Where(char.IsLetter).All(char.IsUpper);
}
