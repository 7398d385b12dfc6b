using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Text;

/// <summary>
/// Folds names for search: lower case, no diacritics (Vietnamese đ/Đ become d), letters and digits only, so
/// <c>Dao Ngoc Dung</c> finds <c>Đào Ngọc Dung</c> and <c>Bo LD-TB&amp;XH</c> finds <c>Bộ LĐ-TB&amp;XH</c>.
/// </summary>
public static class SearchText
{
    /// <summary>Longest search text accepted: names are shorter, and a longer pattern only costs the store time.</summary>
    public const int MaxQueryLength = 200;

    /// <summary>Why a search text is refused (blank, or longer than <see cref="MaxQueryLength"/> once trimmed), or null when it is fine.</summary>
    public static string? Problem(string text)
    {
        var length = text.Trim().Length;
        if (length == 0)
            return "search text must not be blank";
        return length > MaxQueryLength ? $"search text is {length} characters long; the limit is {MaxQueryLength}" : null;
    }

    /// <remarks>A lone surrogate cannot be normalised; it is dropped, like any other character that is not a letter or digit.</remarks>
    public static string Fold(string text)
    {
        if (!WellFormedText.IsWellFormed(text))
            text = string.Concat(text.Where(c => !char.IsSurrogate(c)));
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var letter = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsLetterOrDigit(letter))
                folded.Append(letter);
        }

        return folded.ToString();
    }
}
