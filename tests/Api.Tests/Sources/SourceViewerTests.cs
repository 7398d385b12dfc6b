using System.Net;
using System.Text.RegularExpressions;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Sources;

/// <summary>The server-rendered viewer over real HTTP: each document with its record and every cited quote highlighted.</summary>
public sealed partial class SourceViewerTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task An_article_is_shown_with_its_record_and_every_quote_the_graph_cites_from_it_highlighted()
    {
        var client = factory.CreateClient();
        var cited = await client.PostAsync("""{ entity(id: "agreement:vnm-kor-eps-mou-2023") { sources { document quote viewer } } }""");
        var source = cited.Data!["entity"]!["sources"]![0]!;
        var viewer = source["viewer"]!.GetValue<string>();

        using var response = await client.GetAsync(viewer);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BỘ LĐ-TB&amp;XH: HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2023", page, StringComparison.Ordinal);
        Assert.Contains("curators' translation", page, StringComparison.Ordinal);
        var anchor = viewer[(viewer.IndexOf('#') + 1)..];
        Assert.Contains($"<span class=\"anchor\" id=\"{anchor}\"></span><mark data-quotes=\"{anchor}\">", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"cite-{anchor}\"", page, StringComparison.Ordinal);
        Assert.Contains("/explore#of=agreement%3Avnm-kor-eps-mou-2023", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_catalogued_document_has_a_page_and_the_catalogue_page_links_them_all()
    {
        var client = factory.CreateClient();
        var ids = (await client.PostAsync("{ documents(first: 1000) { id } }")).Data!["documents"].Ids();

        var catalogue = await client.GetStringAsync("/sources");

        Assert.All(ids, id => Assert.Contains($"href=\"/sources/{Uri.EscapeDataString(id)}\"", catalogue, StringComparison.Ordinal));
        foreach (var id in ids)
        {
            using var page = await client.GetAsync($"/sources/{Uri.EscapeDataString(id)}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Every_quote_cited_from_a_document_is_highlighted_on_its_page()
    {
        var client = factory.CreateClient();
        var response = await client.PostAsync("""{ documents(first: 1000) { id viewer } }""");

        foreach (var document in response.Data!["documents"]!.AsArray())
        {
            var page = await client.GetStringAsync(document!["viewer"]!.GetValue<string>());
            var cited = CitationAnchor().Matches(page).Select(m => m.Groups[1].Value).ToList();
            // Quotes starting at the same place open with their anchors side by side, then the highlight.
            Assert.All(cited, anchor => Assert.Matches($"id=\"{anchor}\"></span>(<span class=\"anchor\" id=\"q-[0-9a-f]{{10}}\"></span>)*<mark", page));
        }
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_page()
    {
        using var response = await factory.CreateClient().GetAsync("/sources/nothing-here.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No document has the id «nothing-here.txt»", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("id=\"cite-(q-[0-9a-f]{10})\"")]
    private static partial Regex CitationAnchor();
}
