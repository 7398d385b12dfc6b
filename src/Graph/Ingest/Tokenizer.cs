using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Ingest;

/// <summary>Splits a stretch of text into word tokens: maximal runs of letters, digits and combining marks.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokens(string text, TextSpan span)
    {
        var tokens = new List<Token>();
        var i = span.Start;
        while (i < span.End)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.End && IsWordChar(text[i]))
                i++;
            var word = text[start..i];
            tokens.Add(new Token(new TextSpan(start, i), word, word.Normalize(NormalizationForm.FormC).ToLowerInvariant(), SearchText.Fold(word)));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
