using KnowledgeGraph.Text;

namespace KnowledgeGraph.Ingest;

/// <summary>The id convention's ASCII slugs: <c>Đào Ngọc Dung</c> → <c>dao-ngoc-dung</c>.</summary>
internal static class IdSlug
{
    public static string Of(IEnumerable<Token> tokens) => string.Join('-', tokens.Select(t => t.Folded).Where(f => f.Length > 0));

    public static string Of(string text) => Of(Tokenizer.Tokens(text, new TextSpan(0, text.Length)));

    /// <summary>An id's slug for use inside another id: <c>ministry:VNM-MOLISA</c> → <c>vnm-molisa</c>.</summary>
    public static string OfId(string id) => Of(id.Replace(':', ' ').Replace('-', ' ')).ToLowerInvariant();

    public static bool IsAscii(string folded) => folded.All(char.IsAscii) && SearchText.Fold(folded) == folded;
}
