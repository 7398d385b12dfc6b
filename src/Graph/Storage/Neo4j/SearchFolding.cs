using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Folds text for search: lower case, diacritics removed (Bộ Lao động → bo lao dong), đ → d, which Unicode does not decompose.
/// Neo4j has no accent-insensitive comparison, so folded terms are stored on each node and the query is folded the same way.
/// </summary>
internal static class SearchFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
