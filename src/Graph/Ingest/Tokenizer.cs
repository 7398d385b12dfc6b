using System.Text;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Ingest;

/// <summary>Splits a stretch of text into word tokens: maximal runs of letters (with their combining marks) or of digits.</summary>
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
            var digits = char.IsDigit(text[i]);
            // A run of digits and a run of letters are two words: "ảnh 1Việt Nam" (a caption run into the text) is 1 and Việt.
            while (i < span.End && IsWordChar(text[i]) && (char.IsDigit(text[i]) == digits || !char.IsLetterOrDigit(text[i])))
                i++;
            var word = text[start..i];
            tokens.Add(new Token(new TextSpan(start, i), word, word.Normalize(NormalizationForm.FormC).ToLowerInvariant(), SearchText.Fold(word)));
        }

        return tokens;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
