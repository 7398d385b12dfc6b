using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class DocumentReadingTests
{
    [Fact]
    public void A_saved_page_keeps_its_text_and_title_without_scripts_or_tags()
    {
        const string html = "<!doctype html><html><head><title>Tin &amp; bài</title><style>p{}</style></head><body>"
            + "<script>var hidden = 1;</script><h1>Hợp tác</h1><p>Bộ LĐ-TB&amp;XH ký&nbsp;kết.<br>Dòng hai.</p><!-- x --></body></html>";

        var (text, title) = HtmlText.Extract(html);

        Assert.True(HtmlText.LooksLikeHtml(html));
        Assert.Equal("Tin & bài", title);
        Assert.Equal("Hợp tác\nBộ LĐ-TB&XH ký kết.\nDòng hai.\n", text);
    }

    [Theory]
    [InlineData("Bộ trưởng Đào Ngọc Dung ký Bản ghi nhớ với Hàn Quốc.", "vi")]
    [InlineData("Minister Dao Ngoc Dung signed the MoU with Korea.", "en")]
    public void The_language_is_read_from_the_letters(string text, string language)
    {
        Assert.Equal(language, DocumentFacts.Language(text));
    }

    [Theory]
    [InlineData("Tiêu đề\n21:40 - 20/10/2021\nNội dung", "2021-10-20")]
    [InlineData("Title\nPublished: 11/05/2022\nBody", "2022-05-11")]
    public void A_time_stamp_line_gives_the_document_date(string text, string date)
    {
        Assert.Equal(PartialDate.Parse(date), DocumentFacts.Published(text));
    }

    [Fact]
    public void A_date_in_the_body_or_a_page_header_is_no_publication_date()
    {
        Assert.Null(DocumentFacts.Published("Thứ Hai, Tháng Chín 9, 2024\nNgày 19/10/2021, hội thảo diễn ra."));
    }
}
