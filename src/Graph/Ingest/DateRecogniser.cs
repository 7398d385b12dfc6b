using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Finds the dates Vietnamese and English news write: <c>ngày 19/10/2021</c>, <c>19/10</c>, <c>19-10</c>,
/// <c>tháng 6/2023</c>, <c>28/11-3/12/2023</c>, <c>năm 2013</c>, <c>May 11</c>, <c>11 May 2022</c>, <c>June 2023</c>,
/// <c>in 2000</c>. A date without a year takes the year of <c>documentDate</c> (the year before when that
/// would put it after the document) and says so; without a document date it is left out, since nothing states its year.
/// </summary>
internal static partial class DateRecogniser
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IReadOnlyList<DateMention> Find(string text, TextSpan span, PartialDate? documentDate)
    {
        var found = new List<DateMention>();
        var slice = text[span.Start..span.End];
        foreach (var (pattern, read) in Patterns)
        {
            foreach (Match match in pattern.Matches(slice))
            {
                var at = new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length);
                if (found.Any(f => f.Span.Overlaps(at)))
                    continue;
                if (read(match, documentDate) is { } date)
                    found.Add(date with { Span = at, Text = match.Value });
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static readonly (Regex Pattern, Func<Match, PartialDate?, DateMention?> Read)[] Patterns =
    [
        (DayMonthRange(), (m, _) => Range(m)),
        (DayMonthYear(), (m, _) => Day(Int(m, "y"), Int(m, "m"), Int(m, "d"))),
        (MonthYearVi(), (m, _) => Month(Int(m, "y"), Int(m, "m"))),
        (EnglishDayMonthYear(), (m, _) => Day(Int(m, "y"), MonthNumber(m), Int(m, "d"))),
        (EnglishMonthYear(), (m, _) => Month(Int(m, "y"), MonthNumber(m))),
        (EnglishMonthDay(), (m, d) => YearLess(MonthNumber(m), Int(m, "d"), d, m.Value)),
        (DayMonthVi(), (m, d) => YearLess(Int(m, "m"), Int(m, "d"), d, m.Value)),
        (YearVi(), (m, _) => Year(Int(m, "y"))),
        (YearEn(), (m, _) => Year(Int(m, "y"))),
    ];

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int MonthNumber(Match match) =>
        Array.IndexOf(EnglishMonths, match.Groups["month"].Value.ToLowerInvariant()) + 1;

    private static DateMention? Day(int year, int month, int day) =>
        TryDate(year, month, day, out var date) ? new DateMention(default, "", date) : null;

    private static DateMention? Month(int year, int month) =>
        TryDate(year, month, null, out var date) ? new DateMention(default, "", date) : null;

    private static DateMention? Year(int year) =>
        year is >= 1900 and <= 2100 && TryDate(year, null, null, out var date) ? new DateMention(default, "", date) : null;

    private static DateMention? Range(Match m)
    {
        var year = Int(m, "y");
        var endMonth = Int(m, "m2");
        var startMonth = Int(m, "m1");
        var startYear = startMonth > endMonth ? year - 1 : year;
        return TryDate(startYear, startMonth, Int(m, "d1"), out var start) && TryDate(year, endMonth, Int(m, "d2"), out var end)
            ? new DateMention(default, "", start, end)
            : null;
    }

    private static DateMention? YearLess(int month, int day, PartialDate? documentDate, string words)
    {
        if (documentDate is not { } known)
            return null;
        var year = known.Year;
        if (known.Month is { } documentMonth && month > documentMonth)
            year--;
        return TryDate(year, month, day, out var date)
            ? new DateMention(default, "", date, InferredFrom: $"'{words}' gives no year; {year} is read from the document's date {known}")
            : null;
    }

    private static bool TryDate(int year, int? month, int? day, out PartialDate date) =>
        PartialDate.TryParse(day is { } d ? $"{year:D4}-{month:D2}-{d:D2}" : month is { } m ? $"{year:D4}-{m:D2}" : $"{year:D4}", out date);

    [GeneratedRegex(@"(?<!\d)(?<d1>\d{1,2})/(?<m1>\d{1,2})\s*[-–]\s*(?<d2>\d{1,2})/(?<m2>\d{1,2})/(?<y>\d{4})(?!\d)")]
    private static partial Regex DayMonthRange();

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?!\d)")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?i)(?<!\w)(th[aá]ng|tháng)\s+(?<m>\d{1,2})\s*(/|\s+n[aă]m\s+)(?<y>\d{4})(?!\d)")]
    private static partial Regex MonthYearVi();

    [GeneratedRegex(@"(?i)(?<d>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+(?<y>\d{4})(?!\d)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})(?!\d)")]
    private static partial Regex EnglishDayMonthYear();

    [GeneratedRegex(@"(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y>\d{4})(?!\d)")]
    private static partial Regex EnglishMonthYear();

    [GeneratedRegex(@"(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<d>\d{1,2})(?![\d,]*\s*\d{4})(?!\d)")]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex(@"(?<![\d/.-])(?<d>\d{1,2})[/-](?<m>\d{1,2})(?![\d/-])")]
    private static partial Regex DayMonthVi();

    [GeneratedRegex(@"(?i)(?<!\w)n[aă]m\s+(?<y>\d{4})(?![\d-])")]
    private static partial Regex YearVi();

    [GeneratedRegex(@"(?<!\w)(in|since|from|of)\s+(?<y>\d{4})(?![\d-])")]
    private static partial Regex YearEn();
}
