using System.Globalization;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31", DatePrecision.Year)]
    [InlineData("2023-06", "2023-06-01", "2023-06-30", DatePrecision.Month)]
    [InlineData("2024-02", "2024-02-01", "2024-02-29", DatePrecision.Month)]
    [InlineData("2023-06-15", "2023-06-15", "2023-06-15", DatePrecision.Day)]
    public void A_partial_date_is_the_interval_of_days_it_covers(string text, string start, string end, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), date.End);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("23", "is not a partial date")]
    [InlineData("2023-6", "is not a partial date")]
    [InlineData("2023/06", "is not a partial date")]
    [InlineData("2023-06-15T00:00", "is not a partial date")]
    [InlineData("2023-13", "month 13 is out of range")]
    [InlineData("2023-02-29", "day 29 does not exist in 2023-02")]
    [InlineData("0000", "year 0 is out of range")]
    [InlineData("June 2023", "is not a partial date")]
    public void Bad_text_is_a_clear_error(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => PartialDate.Parse(text));

        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("2023", "2023-06-15", true)]
    [InlineData("2023-06", "2023-07", false)]
    [InlineData("2023-06-30", "2023-06", true)]
    [InlineData("2022", "2023-01-01", false)]
    public void Dates_overlap_when_their_intervals_share_a_day(string left, string right, bool overlaps)
    {
        Assert.Equal(overlaps, PartialDate.Parse(left).Overlaps(PartialDate.Parse(right)));
        Assert.Equal(overlaps, PartialDate.Parse(right).Overlaps(PartialDate.Parse(left)));
    }

    [Theory]
    [InlineData("2019-06", "2020", "2021", false)]
    [InlineData("2019-06", null, "2019", true)]
    [InlineData("2020-01-01", "2020", null, true)]
    [InlineData("2024-12-31", "2020", "2024", true)]
    [InlineData("2025", "2020", "2024", false)]
    public void A_window_runs_from_the_start_of_since_to_the_end_of_until(string date, string? since, string? until, bool overlaps)
    {
        var window = DateWindow.Between(since is null ? null : PartialDate.Parse(since), until is null ? null : PartialDate.Parse(until));

        Assert.Equal(overlaps, PartialDate.Parse(date).Overlaps(window));
    }

    [Fact]
    public void An_open_validity_interval_overlaps_every_window_on_its_open_side()
    {
        var window = DateWindow.Between(PartialDate.Parse("2030"), null);

        Assert.True(window.Overlaps(PartialDate.Parse("2020"), null));
        Assert.False(window.Overlaps(null, PartialDate.Parse("2029-12")));
        Assert.True(window.Overlaps(null, null));
    }

    [Fact]
    public void Ordering_is_by_start_then_end()
    {
        string[] written = ["2023-06-15", "2023", "2023-06", "2022"];
        var dates = written.Select(PartialDate.Parse).Order().Select(d => d.ToString());

        Assert.Equal(["2022", "2023", "2023-06", "2023-06-15"], dates);
    }
}
