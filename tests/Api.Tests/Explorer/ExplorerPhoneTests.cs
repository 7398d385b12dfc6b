using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>The explorer on a phone held upright: the network first, the panels as sheets over it.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerPhoneTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private const string Korea = "country:KOR";

    [Fact]
    public async Task At_390_px_the_drawing_spans_the_screen_and_the_legend_stays_off_it()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026", ExplorerPage.Phone);

        var drawn = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var graph = (await explorer.BoxAsync("#graph"))!;
        var legend = (await explorer.BoxAsync("#legend"))!;
        output.WriteLine($"Screenshot: {await explorer.ScreenshotAsync("explorer-390.png")}");

        Assert.NotEmpty(drawn.Nodes);
        Assert.Equal(ExplorerPage.Phone.Width, graph.Width, 1);
        Assert.True(graph.Height > ExplorerPage.Phone.Height / 2, $"the drawing is {graph.Height} px high");
        Assert.True(legend.Y >= graph.Y + graph.Height, "the legend overlaps the drawing");
    }

    [Fact]
    public async Task At_390_px_every_header_action_is_on_the_screen()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026", ExplorerPage.Phone);
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);

        foreach (var action in new[] { "#export", "#map-link", "#timeline-link", "#playground-link" })
        {
            var box = (await explorer.BoxAsync(action))!;
            Assert.True(box.X >= 0 && box.X + box.Width <= ExplorerPage.Phone.Width, $"{action} spans {box.X}–{box.X + box.Width} px of {ExplorerPage.Phone.Width}");
        }
    }

    [Fact]
    public async Task On_a_phone_the_filters_open_as_a_sheet_and_a_tapped_node_opens_its_details()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026", ExplorerPage.Phone);
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        await Assertions.Expect(explorer.Page.Locator("#controls-sheet")).Not.ToBeInViewportAsync();

        await explorer.Page.ClickAsync("[data-open-sheet='controls-sheet']");
        await Assertions.Expect(explorer.Page.Locator("#kind-filters")).ToBeInViewportAsync();
        await explorer.Page.ClickAsync("#controls-sheet [data-close-sheet]");
        await Assertions.Expect(explorer.Page.Locator("#controls-sheet")).Not.ToBeInViewportAsync();
        await explorer.ClickDrawnAsync(Korea);

        await Assertions.Expect(explorer.Page.Locator("#panel .id code")).ToBeInViewportAsync();
        await Assertions.Expect(explorer.Page.Locator("#panel .id code")).ToHaveTextAsync(Korea);
    }
}
