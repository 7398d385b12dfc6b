using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Model;

/// <summary>
/// A date known to the year, the month or the day (<c>2023</c>, <c>2023-06</c>, <c>2023-06-15</c>).
/// It stands for the interval of days it covers: <c>2023-06</c> is 2023-06-01 .. 2023-06-30.
/// </summary>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month (1-12), when known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, when known.</summary>
    public int? Day { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>First day the date covers.</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Last day the date covers.</summary>
    public DateOnly End => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    /// <summary>The whole of <paramref name="year"/>.</summary>
    public static PartialDate OfYear(int year) => Create(year, null, null);

    /// <summary>The whole of one month.</summary>
    public static PartialDate OfMonth(int year, int month) => Create(year, month, null);

    /// <summary>One day.</summary>
    public static PartialDate OfDay(int year, int month, int day) => Create(year, month, day);

    /// <summary>The day of <paramref name="date"/>.</summary>
    public static PartialDate OfDay(DateOnly date) => Create(date.Year, date.Month, date.Day);

    private static PartialDate Create(int year, int? month, int? day) =>
        TryCreate(year, month, day, out var date, out var error) ? date : throw new ArgumentOutOfRangeException(nameof(year), error);

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; anything else throws <see cref="FormatException"/>.</summary>
    public static PartialDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error);

    /// <summary>Parses like <see cref="Parse"/>; false instead of an exception.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date) => TryParse(text, out date, out _);

    /// <summary>Parses like <see cref="Parse"/>; false with the reason in <paramref name="error"/> instead of an exception.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate date, out string error)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "a partial date must not be empty; use yyyy, yyyy-MM or yyyy-MM-dd";
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2) || !parts.All(IsDigits))
        {
            error = $"'{text}' is not a partial date; use yyyy, yyyy-MM or yyyy-MM-dd";
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return TryCreate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null, out date, out error);
    }

    private static bool IsDigits(string part) => part.Length > 0 && part.All(char.IsAsciiDigit);

    private static bool TryCreate(int year, int? month, int? day, out PartialDate date, out string error)
    {
        date = default;
        error = string.Empty;
        if (year is < 1 or > 9999)
            error = $"year {year} is out of range 0001..9999";
        else if (month is < 1 or > 12)
            error = $"month {month} is out of range 01..12";
        else if (day is not null && month is null)
            error = "a day needs a month";
        else if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            error = $"day {day} does not exist in {year:D4}-{month:D2}";
        if (error.Length > 0)
            return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>True when the intervals of the two dates share at least one day.</summary>
    public bool Overlaps(PartialDate other) => Start <= other.End && other.Start <= End;

    /// <summary>True when this date's interval shares a day with <paramref name="window"/>.</summary>
    public bool Overlaps(DateWindow window) => window.Overlaps(Start, End);

    /// <summary>Orders by first day, then by last day: <c>2023-01</c> sorts before <c>2023</c>.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>True when <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    /// <summary>The date as written: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
