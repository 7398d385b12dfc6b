using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KnowledgeGraph.Api.Sources;

/// <summary>
/// A document's text as HTML with every located quote marked. Quotes may overlap or nest (a sentence cited alone and
/// within its paragraph): the text is cut at every quote's start and end, each piece is marked with all the quotes
/// covering it, and an empty anchor element opens each quote, so a link can open the page at any one of them.
/// </summary>
internal static class QuoteHighlighter
{
    /// <summary>Escapes markup only; Vietnamese and other letters stay readable in the page source.</summary>
    public static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string text, IReadOnlyList<CitedQuote> quotes)
    {
        var located = quotes.Where(q => q.Span is not null).ToList();
        var cuts = located.SelectMany(q => new[] { q.Span!.Value.Start, q.Span.Value.End }).Append(0).Append(text.Length)
            .Distinct().Order().ToList();
        var html = new StringBuilder(text.Length * 2);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            foreach (var opening in located.Where(q => q.Span!.Value.Start == from))
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"anchor\" id=\"{opening.Anchor}\"></span>");
            var piece = Html.Encode(text[from..to]);
            var covering = located.Where(q => q.Span!.Value.Start <= from && to <= q.Span.Value.End).Select(q => q.Anchor).ToList();
            if (covering.Count == 0)
                html.Append(piece);
            else
                html.Append(CultureInfo.InvariantCulture, $"<mark data-quotes=\"{string.Join(' ', covering)}\">{piece}</mark>");
        }

        return html.ToString();
    }
}
