using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>Exports for reports, read back: the figure (SVG and PNG) and the view's data (CSV and JSON).</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerExportTests(ExplorerFixture fixture)
{
    private const string Korea = "country:KOR";
    private const string Vietnam = "country:VNM";
    private const string DaoNgocDung = "Đào Ngọc Dung";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static IEnumerable<string> Texts(XElement? element) => element!.Descendants(Svg + "text").Select(t => t.Value);

    [Fact]
    public async Task The_figure_is_the_whole_network_with_title_window_legend_and_sources_as_SVG_and_PNG()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var network = (await fixture.Api.QueryAsync(
            "query { entity(id: \"country:KOR\") { name } partnerNetwork(of: \"country:KOR\", since: \"2020\", until: \"2026\") { edges { sources { document } } } }"));
        var name = network["entity"]!["name"]!.GetValue<string>();
        var document = network["partnerNetwork"]!["edges"]!.AsArray().SelectMany(e => e!["sources"]!.AsArray()).Select(s => s!["document"]?.GetValue<string>()).First(d => d is not null)!;
        var legend = await explorer.Page.Locator("#legend li").AllInnerTextsAsync();

        var (svgName, svgBytes) = await explorer.ExportAsync("Figure as SVG");
        var (pngName, png) = await explorer.ExportAsync("Figure as PNG");

        var svg = XDocument.Parse(Encoding.UTF8.GetString(svgBytes)).Root!;
        Assert.Equal("partner-network-country-KOR-2020-2026.svg", svgName);
        Assert.Contains(name, svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("id") == "title").Value);
        Assert.Contains("2020–2026", svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("id") == "subtitle").Value);
        var legendTexts = Texts(svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "legend")).ToList();
        Assert.All(legend, entry => Assert.Contains(entry.Trim(), legendTexts, StringComparer.OrdinalIgnoreCase));
        Assert.Contains(document, string.Join(" ", Texts(svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "sources"))));
        Assert.Contains(svg.Descendants(Svg + "svg").SelectMany(s => s.Descendants(Svg + "text")), t => t.Value == name);

        Assert.Equal("partner-network-country-KOR-2020-2026.png", pngName);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(2 * (int)svg.Attribute("width")!, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(2 * (int)svg.Attribute("height")!, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public async Task The_data_exports_as_CSV_and_JSON_keep_Vietnamese_text_as_UTF_8()
    {
        await using var explorer = await fixture.OpenAsync($"of={Vietnam}&since=2020&until=2026");
        var drawn = await explorer.WaitForDrawingAsync(Vietnam, 2020, 2026);

        var (_, relationships) = await explorer.ExportAsync("Relationships as CSV");
        var (_, entities) = await explorer.ExportAsync("Entities as CSV");
        var (jsonName, json) = await explorer.ExportAsync("Data as JSON");

        Assert.Equal([0xEF, 0xBB, 0xBF], relationships[..3]);
        Assert.Contains(DaoNgocDung, Encoding.UTF8.GetString(relationships));
        Assert.StartsWith("\uFEFFid,name,names,kind", Encoding.UTF8.GetString(entities), StringComparison.Ordinal);
        Assert.Contains($"vi: {DaoNgocDung}", Encoding.UTF8.GetString(entities));
        var text = Encoding.UTF8.GetString(json);
        Assert.Equal("partner-network-country-VNM-2020-2026.json", jsonName);
        Assert.Contains(DaoNgocDung, text);
        Assert.DoesNotContain("\\u0110", text);
        var data = JsonNode.Parse(text)!;
        Assert.Equal(drawn.Nodes, data["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(drawn.Edges, data["relationships"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal("2020", data["window"]!["since"]!.GetValue<string>());
    }
}
