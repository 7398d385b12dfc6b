namespace KnowledgeGraph.Ingest;

/// <summary>
/// Splits a Vietnamese or English document into sentences. A sentence never crosses a line break; inside a line it ends
/// at <c>. ! ? …</c> followed by white space and a capital, digit or quote, unless the full stop closes an abbreviation
/// (Mr., Ms., Dr., TS., U.S.) or sits inside a number (1.8, 50.000). Each sentence is trimmed of white space and of the
/// table bars pages leave, so its text is always a verbatim substring of the document.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "ms", "mrs", "dr", "st", "no", "vs", "etc", "jr", "sr", "prof", "gen", "gov", "inc", "ltd", "co",
        "ts", "ths", "pgs", "gs", "tp", "tt", "q", "p", "tr",
    };

    /// <summary>Characters that alone make no sentence: a line of bars, brackets and dashes is layout.</summary>
    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(" \t|!()[]*-–_");

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> into)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '…'))
                continue;
            var close = i + 1;
            while (close < end && text[close] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or ')')
                close++;
            if (close < end && !char.IsWhiteSpace(text[close]))
                continue;
            var next = close;
            while (next < end && char.IsWhiteSpace(text[next]))
                next++;
            if (next < end && !StartsSentence(text[next]))
                continue;
            if (text[i] == '.' && EndsAbbreviation(text, sentenceStart, i))
                continue;
            Add(text, sentenceStart, close, into);
            sentenceStart = close;
            i = close - 1;
        }

        Add(text, sentenceStart, end, into);
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '-' or '–';

    /// <summary>The word before the full stop is a known abbreviation or a single letter (the U and S of U.S.).</summary>
    private static bool EndsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        var word = text[wordStart..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<Sentence> into)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] == '|'))
            start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '|'))
            end--;
        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(NotWords))
            into.Add(new Sentence(into.Count, new TextSpan(start, end), text[start..end]));
    }
}
