using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Model;

/// <summary>The one time rule, case by case, on relationships built by hand.</summary>
public sealed class RelationshipTimeTests
{
    private static PartialDate D(string text) => PartialDate.Parse(text);

    private static RelationshipTime Time(string? validFrom = null, string? validTo = null, params string[] asOf) => RelationshipTime.Of(
        validFrom is null ? null : D(validFrom), validTo is null ? null : D(validTo),
        asOf.Select(date => new Source("article.txt", null, "quote", "vi", D(date))));

    private static DateWindow In(string since, string? until = null, EvidenceMode evidence = EvidenceMode.Supported) =>
        DateWindow.Between(D(since), D(until ?? since)) with { Evidence = evidence };

    [Fact]
    public void A_membership_only_mentioned_in_a_2023_article_counts_in_2023_and_not_before_or_after()
    {
        var wto = Time(asOf: "2023");

        Assert.True(wto.CountsIn(In("2023")));
        Assert.False(wto.CountsIn(In("2007", "2022")));
        Assert.False(wto.CountsIn(In("2024")));
    }

    [Fact]
    public void A_stated_accession_counts_from_its_date_onwards_whatever_the_attestations()
    {
        var wto = Time("2007-01-11", null, "2023");

        Assert.True(wto.CountsIn(In("2010")));
        Assert.True(wto.CountsIn(In("2030")));
        Assert.False(wto.CountsIn(In("2006")));
    }

    [Fact]
    public void Two_heads_of_one_department_attested_years_apart_do_not_overlap_in_October_2021()
    {
        var cuong = Time(asOf: "2021-10-19");
        var tuan = Time(asOf: "2024");
        var october2021 = DateWindow.At(D("2021-10"));

        Assert.True(cuong.CountsIn(october2021));
        Assert.False(tuan.CountsIn(october2021));
        Assert.True(tuan.CountsIn(october2021 with { Evidence = EvidenceMode.Possible }));
    }

    [Fact]
    public void Without_a_stated_start_the_span_runs_from_the_earliest_to_the_latest_attestation()
    {
        var cooperation = Time(null, null, "2023", "2019-10", "2021");

        Assert.Equal((new DateOnly(2019, 10, 1), new DateOnly(2023, 12, 31)), cooperation.Span(EvidenceMode.Supported));
        Assert.Equal((D("2019-10"), D("2023")), (cooperation.AttestedFrom, cooperation.AttestedTo));
        Assert.True(cooperation.CountsIn(In("2022")));
        Assert.False(cooperation.CountsIn(In("2018")));
    }

    [Fact]
    public void A_stated_end_without_a_stated_start_closes_the_attested_span_there()
    {
        var post = Time(null, "2022-06", "2021");

        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2022, 6, 30)), post.Span(EvidenceMode.Supported));
        Assert.False(post.CountsIn(In("2023")));
    }

    [Fact]
    public void A_relationship_no_date_speaks_to_is_open_on_both_sides()
    {
        var partOf = Time();

        Assert.Equal((DateOnly.MinValue, DateOnly.MaxValue), partOf.Span(EvidenceMode.Supported));
        Assert.True(partOf.CountsIn(In("1990")));
    }

    [Fact]
    public void Possible_ignores_attestations_but_not_a_stated_end()
    {
        var ended = Time(null, "2015", "2014");

        Assert.True(ended.CountsIn(In("1990", "1995", EvidenceMode.Possible)));
        Assert.False(ended.CountsIn(In("2016", "2020", EvidenceMode.Possible)));
    }

    [Theory]
    [InlineData("2016-04", null, new string[0], "since 2016-04")]
    [InlineData("2013", "2016", new string[0], "2013 – 2016")]
    [InlineData("2023-06", "2023-06", new string[0], "2023-06")]
    [InlineData(null, null, new[] { "2023" }, "by 2023 (start not stated)")]
    [InlineData(null, null, new[] { "2023", "2021" }, "by 2021, attested until 2023 (start not stated)")]
    [InlineData(null, "2021-10-19", new string[0], "until 2021-10-19 (start not stated)")]
    [InlineData(null, null, new string[0], "undated")]
    public void The_dates_read_as_since_only_for_a_stated_start(string? validFrom, string? validTo, string[] asOf, string expected) =>
        Assert.Equal(expected, Time(validFrom, validTo, asOf).Describe());
}
