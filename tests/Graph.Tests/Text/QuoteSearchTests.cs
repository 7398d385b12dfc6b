using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Text;

public sealed class QuoteSearchTests
{
    [Fact]
    public void A_quote_is_found_across_line_breaks_and_its_span_covers_the_original_characters()
    {
        const string text = "Tin bài.\n\nBộ trưởng   Đào Ngọc\nDung ký. Hết.";

        var span = QuoteSearch.Find(text, "Bộ trưởng Đào Ngọc Dung ký.");

        Assert.NotNull(span);
        Assert.Equal("Bộ trưởng   Đào Ngọc\nDung ký.", text[span.Value.Start..span.Value.End]);
    }

    [Fact]
    public void Characters_must_match_exactly_so_a_changed_diacritic_or_quote_mark_is_not_found()
    {
        const string text = "Vietnam’s accession to 15 more ILO conventions";

        Assert.False(QuoteSearch.Contains(text, "Vietnam's accession"));
        Assert.False(QuoteSearch.Contains("Đào Ngọc Dung", "Dao Ngoc Dung"));
        Assert.False(QuoteSearch.Contains(text, "  "));
    }

    [Fact]
    public void The_anchor_of_a_quote_ignores_its_white_space_and_differs_between_quotes()
    {
        Assert.Equal(QuoteSearch.Anchor("Bộ trưởng\nĐào Ngọc Dung"), QuoteSearch.Anchor(" Bộ trưởng Đào  Ngọc Dung "));
        Assert.NotEqual(QuoteSearch.Anchor("Bộ trưởng"), QuoteSearch.Anchor("Thứ trưởng"));
        Assert.Matches("^q-[0-9a-f]{10}$", QuoteSearch.Anchor("Bộ trưởng"));
    }
}
