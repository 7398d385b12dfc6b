using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// What a document's text says about itself: its language (Vietnamese when its letters carry Vietnamese diacritics,
/// else English) and its date when a line gives a time stamp (<c>21:40 - 20/10/2021</c>) or <c>Published: …</c>.
/// Nothing else is guessed: a page's header date or a copyright year is no publication date.
/// </summary>
public static partial class DocumentFacts
{
    private const string VietnameseLetters = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    /// <summary>The language code of <paramref name="text"/>: <c>vi</c> when its letters carry Vietnamese diacritics, else <c>en</c>.</summary>
    public static string Language(string text)
    {
        var letters = 0;
        var vietnamese = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
                continue;
            letters++;
            if (VietnameseLetters.Contains(char.ToLowerInvariant(c)))
                vietnamese++;
        }

        return letters > 0 && vietnamese * 50 >= letters ? "vi" : "en";
    }

    /// <summary>The date a time stamp or <c>Published:</c> line of <paramref name="text"/> gives, or null.</summary>
    public static PartialDate? Published(string text)
    {
        var match = Stamp().Match(text);
        if (!match.Success)
            return null;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return PartialDate.TryParse($"{year:D4}-{month:D2}-{day:D2}", out var date) ? date : null;
    }

    [GeneratedRegex(@"(?m)^\s*(?:(?:\d{1,2}:\d{2}\s*[-–|,]?\s*)|(?:(?:Published|Updated|Ngày đăng|Cập nhật)\s*:?\s*))(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stamp();
}
