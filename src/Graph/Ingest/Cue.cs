namespace KnowledgeGraph.Ingest;

/// <summary>A cue phrase as words, lower case with its diacritics and folded, for text written with or without them.</summary>
internal sealed record Cue(string Phrase, string[] Lower, string[] Folded)
{
    public static Cue Of(string phrase)
    {
        var tokens = Tokenizer.Tokens(phrase, new TextSpan(0, phrase.Length));
        return new Cue(phrase, [.. tokens.Select(t => t.Lower)], [.. tokens.Select(t => t.Folded)]);
    }
}
