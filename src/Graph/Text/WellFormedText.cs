namespace KnowledgeGraph.Text;

/// <summary>
/// Whether a string is well-formed UTF-16. JSON and GraphQL escapes can carry a lone surrogate (<c>\ud800</c>), which
/// is not a character: UTF-8 storage would silently turn it into U+FFFD and Unicode normalisation throws on it.
/// </summary>
public static class WellFormedText
{
    /// <summary>True when <paramref name="text"/> has no lone surrogate.</summary>
    public static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
                continue;
            if (!char.IsHighSurrogate(text[i]) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]))
                return false;
            i++;
        }

        return true;
    }
}
