using KnowledgeGraph.Api.Tests.Explorer.Support;
using KnowledgeGraph.Api.Tests.Sources.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Sources;

/// <summary>In Chromium: an analyst clicks a piece of evidence in the explorer and reads it where it was written.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerEvidenceLinkTests(ExplorerFixture fixture)
{
    private const string Korea = "country:KOR";
    private const string EpsMou = "agreement:vnm-kor-eps-mou-2023";

    [Fact]
    public async Task The_EPS_MoU_s_Vietnamese_quote_shows_its_English_translation_and_its_link_opens_the_article_at_it()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var source = (await fixture.Api.QueryAsync("query($id: ID!) { entity(id: $id) { sources { document quote translation viewer } } }", new { id = EpsMou }))["entity"]!["sources"]![0]!;
        await explorer.ClickDrawnAsync(EpsMou);
        var link = explorer.Page.Locator("#panel a.read-source").First;
        await Assertions.Expect(link).ToBeVisibleAsync();
        await Assertions.Expect(explorer.Page.Locator("#panel .translation", new() { HasText = source["translation"]!.GetValue<string>() }).First).ToBeVisibleAsync();

        var viewer = await ViewerPopup.OpenFromAsync(explorer.Page, link);

        Assert.EndsWith(source["viewer"]!.GetValue<string>(), viewer.Page.Url, StringComparison.Ordinal);
        Assert.Equal(string.Join(' ', source["quote"]!.GetValue<string>().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), await viewer.CurrentQuoteAsync());
        await Assertions.Expect(viewer.Page.Locator("h1")).ToHaveTextAsync("BỘ LĐ-TB&XH: HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2023 ĐỂ LẠI NHIỀU ẤN TƯỢNG");
        await Assertions.Expect(viewer.Page.Locator(".cited > li.current a", new() { HasText = "MoU" }).First).ToBeVisibleAsync();
        await Assertions.Expect(viewer.Page.Locator(".cited > li.current .translation")).ToContainTextAsync(source["translation"]!.GetValue<string>());
        Assert.Empty(explorer.ConsoleErrors);
    }
}
