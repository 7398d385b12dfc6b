using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class DateRecogniserTests
{
    private static readonly PartialDate DocumentDate = PartialDate.Parse("2021-10-20");

    private static IReadOnlyList<DateMention> Find(string text, PartialDate? documentDate = null) =>
        DateRecogniser.Find(text, new TextSpan(0, text.Length), documentDate);

    [Theory]
    [InlineData("Ngày 19/10/2021, hội thảo diễn ra.", "2021-10-19", "19/10/2021")]
    [InlineData("ngay 19/10/2021 hoi thao dien ra", "2021-10-19", "19/10/2021")]
    [InlineData("nhân chuyến thăm tháng 6/2023.", "2023-06", "tháng 6/2023")]
    [InlineData("nhan chuyen tham thang 6/2023.", "2023-06", "thang 6/2023")]
    [InlineData("Hiệp định ký năm 2013.", "2013", "năm 2013")]
    [InlineData("Hiep dinh ky nam 2013.", "2013", "nam 2013")]
    [InlineData("The dialogue was held in June 2023.", "2023-06", "June 2023")]
    [InlineData("signed on 14 December 2021 in Seoul", "2021-12-14", "14 December 2021")]
    [InlineData("since the MoU was signed in 2000", "2000", "in 2000")]
    public void Dates_with_a_year_are_read_as_stated(string text, string expected, string words)
    {
        var date = Assert.Single(Find(text));

        Assert.Equal(PartialDate.Parse(expected), date.Date);
        Assert.Equal(words, date.Text);
        Assert.False(date.IsInferred);
    }

    [Fact]
    public void A_range_across_months_gives_its_start_and_end()
    {
        var date = Assert.Single(Find("chuyến công tác 28/11-3/12/2023 tại UAE"));

        Assert.Equal(PartialDate.Parse("2023-11-28"), date.Date);
        Assert.Equal(PartialDate.Parse("2023-12-03"), date.End);
    }

    [Theory]
    [InlineData("Ngày 19/10, tại Trụ sở Bộ", "2021-10-19")]
    [InlineData("Ngày 19-10, tại Trụ sở Bộ", "2021-10-19")]
    [InlineData("on May 11, at the headquarters", "2021-05-11")]
    [InlineData("ngày 25/12 năm ngoái", "2020-12-25")]
    public void Dates_without_a_year_take_it_from_the_document_and_say_so(string text, string expected)
    {
        var date = Assert.Single(Find(text, DocumentDate));

        Assert.Equal(PartialDate.Parse(expected), date.Date);
        Assert.True(date.IsInferred);
        Assert.Contains("2021-10-20", date.InferredFrom);
    }

    [Fact]
    public void Dates_without_a_year_are_left_out_when_the_document_is_undated()
    {
        Assert.Empty(Find("Ngày 19/10, tại Trụ sở Bộ"));
    }

    [Theory]
    [InlineData("giai đoạn 2022-2026")]
    [InlineData("hơn 50 triệu USD")]
    [InlineData("năm 20133")]
    public void Numbers_that_are_no_dates_are_not_read_as_dates(string text)
    {
        Assert.Empty(Find(text, DocumentDate));
    }
}
