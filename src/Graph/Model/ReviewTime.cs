using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>A review's time as written: an ISO 8601 date and time with its offset, such as <c>2024-03-01T09:30:00Z</c>.</summary>
public static class ReviewTime
{
    /// <summary>Longest reviewer name kept: a person's name or handle, not a note.</summary>
    public const int MaxReviewerLength = 200;

    /// <summary>Reads an ISO 8601 date and time with its offset; false for anything else.</summary>
    public static bool TryParse(string? text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
        && text!.Length > 19 && (text.EndsWith('Z') || text[^6] is '+' or '-');

    /// <summary>Reads an ISO 8601 date and time with its offset; anything else throws <see cref="FormatException"/>.</summary>
    public static DateTimeOffset Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not an ISO 8601 date and time with its offset");

    /// <summary>The form stored and exported: seconds, UTC.</summary>
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
