using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>
/// A network larger than the API's default cap: the page says it was cut, draws up to 2,000 entities when asked
/// (laid out off the page's thread, with progress and a Cancel button), and the drawing answers clicks.
/// </summary>
public sealed class ExplorerLargeNetworkTests(TwoThousandNodeFixture large, ITestOutputHelper output) : IClassFixture<TwoThousandNodeFixture>
{
    private const string Fragment = $"of={LargeNetworkSeed.Centre}&since=2000&until=2026";

    [Fact]
    public async Task A_cut_network_says_so_and_draws_2000_entities_on_request_that_answer_clicks()
    {
        await using var explorer = await large.OpenAsync(Fragment);
        var capped = await large.Api.PartnerNetworkAsync(LargeNetworkSeed.Centre, 2000, 2026);
        var whole = await large.Api.PartnerNetworkAsync(LargeNetworkSeed.Centre, 2000, 2026, maxNodes: 2000);
        Assert.InRange(whole.Nodes.Count, 1800, 2000);

        var first = await explorer.WaitForDrawingAsync(LargeNetworkSeed.Centre, 2000, 2026);
        await Assertions.Expect(explorer.Page.Locator("#truncated")).ToContainTextAsync("the network has more");
        await explorer.Page.ClickAsync("#truncated [data-draw-up-to='2000']");
        var drawn = await explorer.WaitForStateAsync("s => s.max === 2000");
        var organisation = drawn.Nodes.First(id => id.StartsWith("org:", StringComparison.Ordinal));
        await explorer.ClickDrawnAsync(organisation);
        await explorer.HoverDrawnAsync(drawn.Nodes.Last(id => id.StartsWith("agreement:", StringComparison.Ordinal)));
        output.WriteLine($"Screenshot: {await explorer.ScreenshotAsync("explorer-2000-nodes.png")}");

        Assert.Equal(capped.Nodes, first.Nodes);
        Assert.Equal(whole.Nodes, drawn.Nodes);
        Assert.Equal(whole.Edges, drawn.Edges);
        await Assertions.Expect(explorer.Page.Locator("#truncated")).ToBeHiddenAsync();
        await Assertions.Expect(explorer.Page.Locator("#panel .id code")).ToHaveTextAsync(organisation);
        await Assertions.Expect(explorer.Page.Locator("#hover-card")).ToBeVisibleAsync();
        Assert.True((await explorer.OverlappingNodesAsync()).Count <= drawn.Nodes.Length / 50, "nodes pile up");
        Assert.Empty(explorer.ConsoleErrors);
    }

    [Fact]
    public async Task Cancelling_a_large_drawing_goes_back_to_the_default_size()
    {
        await using var explorer = await large.OpenAsync(Fragment);
        var first = await explorer.WaitForDrawingAsync(LargeNetworkSeed.Centre, 2000, 2026);
        var cancelled = new TaskCompletionSource();
        // The large request waits until Cancel was pressed, so the test does not race the drawing.
        await explorer.Page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("\"maxNodes\":2000", StringComparison.Ordinal) == true)
                await cancelled.Task;
            try
            {
                await route.ContinueAsync();
            }
            catch (PlaywrightException)
            {
                // The page gave up the request when the analyst cancelled it.
            }
        });

        await explorer.Page.ClickAsync("#truncated [data-draw-up-to='2000']");
        await explorer.Page.ClickAsync("#loading-cancel");
        cancelled.SetResult();
        var back = await explorer.WaitForStateAsync("s => s.max === 500");

        Assert.Equal(first.Nodes, back.Nodes);
        Assert.DoesNotContain("max=", await explorer.FragmentAsync());
        Assert.Null(back.Error);
    }
}
