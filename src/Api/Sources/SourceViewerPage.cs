using System.Globalization;
using System.Text;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Sources;

/// <summary>
/// The page of one document: who published it and when, in which language, where it is online, the curators' note, its
/// text with every quote the graph cites highlighted, and beside it each quote with the facts it supports.
/// </summary>
internal static class SourceViewerPage
{
    public static string Render(Document document, IReadOnlyList<CitedQuote> quotes)
    {
        var body = new StringBuilder();
        body.Append("<header class=\"doc-header\">");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"eyebrow\"><a href=\"{SourceViewerPaths.Root}\">Source documents</a> · {(document.ExcerptTaken is null && document.Url is null ? "Document" : "Web page")}</p>");
        body.Append(CultureInfo.InvariantCulture, $"<h1 lang=\"{E(document.Language)}\">{E(document.Title)}</h1>");
        if (document.TitleEnglish is { } english && english != document.Title)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"title-english\" lang=\"en\">{E(english)} <span class=\"marker\">curators' translation</span></p>");
        body.Append("<dl class=\"record\">");
        Term(body, "Publisher", document.Publisher is { } publisher ? E(publisher) : NotStated);
        Term(body, "Published", document.Published is { } published ? E(published.ToString()) : NotStated);
        Term(body, "Language", E(LanguageName(document.Language)));
        Term(body, "Address", document.Url is { } url ? $"<a class=\"original\" href=\"{E(url)}\" rel=\"noopener noreferrer\">{E(url)}</a>" : "<span class=\"unknown\">not known</span>");
        if (document.ExcerptTaken is { } taken)
            Term(body, "Excerpt taken", $"{E(taken.ToString())}, by the curators, from a stored copy of the page");
        body.Append("</dl>");
        if (document.Note is { } note)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"note\"><span class=\"marker\">curators' note</span> {E(note)}</p>");
        body.Append("</header><main class=\"doc\">");
        body.Append(document.Text is { } text
            ? $"<article class=\"doc-text\" lang=\"{E(document.Language)}\">{QuoteHighlighter.Render(text, quotes)}</article>"
            : "<article class=\"doc-text empty\"><p>Only the record of this document is kept here; its text is not stored.</p></article>");
        body.Append("<aside class=\"citations\" aria-labelledby=\"citations-title\">");
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"citations-title\">Cited in the graph <span class=\"count\">{quotes.Count} {(quotes.Count == 1 ? "quote" : "quotes")}</span></h2>");
        if (quotes.Count == 0)
            body.Append("<p class=\"hint\">No fact of the graph cites this document.</p>");
        body.Append("<ol class=\"cited\">");
        foreach (var quote in quotes)
            Citation(body, quote);
        body.Append("</ol></aside></main>");
        return Page(document.Title, body.ToString());
    }

    public static string Catalogue(IReadOnlyList<Document> documents)
    {
        var body = new StringBuilder("<header class=\"doc-header\"><h1>Source documents</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p class=\"title-english\">{documents.Count} catalogued documents: the articles, the fact sheet and the excerpts kept of web pages.</p></header>");
        body.Append("<main class=\"catalogue\"><ul>");
        foreach (var document in documents)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{SourceViewerPaths.Of(document.Id)}\" lang=\"{E(document.Language)}\">{E(document.Title)}</a>");
            if (document.TitleEnglish is { } english && english != document.Title)
                body.Append(CultureInfo.InvariantCulture, $" <span class=\"title-english\" lang=\"en\">{E(english)}</span>");
            body.Append(CultureInfo.InvariantCulture, $"<span class=\"meta\">{E(document.Publisher ?? "publisher not stated")} · {E(document.Published?.ToString() ?? "date not stated")} · {E(LanguageName(document.Language))}</span></li>");
        }

        body.Append("</ul></main>");
        return Page("Source documents", body.ToString());
    }

    public static string NotFound(string id) =>
        Page("No such document", $"<header class=\"doc-header\"><p class=\"eyebrow\"><a href=\"{SourceViewerPaths.Root}\">Source documents</a></p><h1>No document has the id «{E(id)}»</h1></header>");

    private const string NotStated = "<span class=\"unknown\">not stated</span>";

    private static void Citation(StringBuilder body, CitedQuote quote)
    {
        body.Append(CultureInfo.InvariantCulture, $"<li id=\"cite-{quote.Anchor}\">");
        body.Append(CultureInfo.InvariantCulture, $"<blockquote lang=\"{E(quote.Language ?? string.Empty)}\">{E(quote.Quote)}</blockquote>");
        if (quote.Translation is { } translation)
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"translation\" lang=\"en\">{E(translation)} <span class=\"marker\">curators' translation</span></p>");
        body.Append(quote.Span is null
            ? "<p class=\"hint\">Not located in the stored text.</p>"
            : $"<p class=\"jump\"><a href=\"#{quote.Anchor}\">Show in the text</a></p>");
        body.Append("<ul class=\"facts\">");
        foreach (var fact in quote.Facts)
            body.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{E(fact.ExplorerLink)}\">{E(fact.Label)}</a> <code>{E(fact.Id)}</code></li>");
        body.Append("</ul></li>");
    }

    private static void Term(StringBuilder body, string term, string html) => body.Append(CultureInfo.InvariantCulture, $"<dt>{term}</dt><dd>{html}</dd>");

    private static string LanguageName(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName == code ? code : $"{culture.EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    private static string E(string text) => QuoteHighlighter.Html.Encode(text);

    private static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{E(title)} · Cooperation knowledge graph</title>
          <link rel="icon" href="data:,">
          <link rel="stylesheet" href="{SourceViewerPaths.Assets}/viewer.css">
        </head>
        <body>
        {body}
        <script src="{SourceViewerPaths.Assets}/viewer.js"></script>
        </body>
        </html>
        """;
}
