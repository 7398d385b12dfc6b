using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.Tests.Sources;

public sealed class QuoteHighlighterTests
{
    private static CitedQuote Quote(string text, string quote) =>
        new(QuoteSearch.Anchor(quote), quote, "vi", QuoteSearch.Find(text, quote), []);

    [Fact]
    public void A_quote_inside_another_is_marked_by_both_and_each_opens_with_its_anchor()
    {
        const string text = "Mở đầu. Hai bên ký Bản ghi nhớ <EPS> & hợp tác. Kết.";
        var outer = Quote(text, "Hai bên ký Bản ghi nhớ <EPS> & hợp tác.");
        var inner = Quote(text, "Bản ghi nhớ <EPS>");

        var html = QuoteHighlighter.Render(text, [outer, inner]);

        Assert.Equal(
            $"Mở đầu. <span class=\"anchor\" id=\"{outer.Anchor}\"></span><mark data-quotes=\"{outer.Anchor}\">Hai bên ký </mark>"
            + $"<span class=\"anchor\" id=\"{inner.Anchor}\"></span><mark data-quotes=\"{outer.Anchor} {inner.Anchor}\">Bản ghi nhớ &lt;EPS&gt;</mark>"
            + $"<mark data-quotes=\"{outer.Anchor}\"> &amp; hợp tác.</mark> Kết.",
            html);
    }

    [Fact]
    public void A_quote_not_located_leaves_the_text_unmarked_and_only_escaped()
    {
        const string text = "Dòng một\nDòng <hai>";

        var html = QuoteHighlighter.Render(text, [Quote(text, "không có")]);

        // The line break stays a line break (a character reference, which the page shows as pre-wrapped text).
        Assert.Equal("Dòng một&#xA;Dòng &lt;hai&gt;", html);
    }
}
