using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// Finds a quote in a document's text the way a reader would: word for word and character for character, with any run
/// of white space (a line break in the document, two spaces in the quote) counting as one space.
/// </summary>
public static class QuoteSearch
{
    /// <summary>The quote's words with white space runs folded to one space, trimmed: the form quotes are compared in.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="quote"/> occurs in <paramref name="text"/> (<see cref="Find"/>).</summary>
    public static bool Contains(string text, string quote) => Find(text, quote) is not null;

    /// <summary>Where the quote's first occurrence starts and ends in <paramref name="text"/> (end exclusive), or null.</summary>
    public static (int Start, int End)? Find(string text, string quote)
    {
        var needle = Fold(quote);
        if (needle.Length == 0)
            return null;
        var (folded, origins) = FoldWithOrigins(text);
        var at = folded.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
            return null;
        return (origins[at], origins[at + needle.Length - 1] + 1);
    }

    /// <summary>A stable short name for a quote (its folded words hashed), for page anchors that survive re-imports.</summary>
    public static string Anchor(string quote)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Fold(quote)));
        return "q-" + Convert.ToHexString(hash, 0, 5).ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The folded text and, for each of its characters, the index of the character of <paramref name="text"/> it stands for.</summary>
    private static (string Folded, int[] Origins) FoldWithOrigins(string text)
    {
        var builder = new StringBuilder(text.Length);
        var origins = new List<int>(text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (builder.Length > 0 && pendingSpace < 0)
                    pendingSpace = i;
                continue;
            }

            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                origins.Add(pendingSpace);
                pendingSpace = -1;
            }

            builder.Append(text[i]);
            origins.Add(i);
        }

        return (builder.ToString(), [.. origins]);
    }
}
