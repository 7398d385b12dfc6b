using System.Text.Json.Nodes;

using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>The path tool: both ends picked on the canvas, the k alternatives and their steps beside the drawing.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerPathTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private const string Korea = "country:KOR";
    private const string From = "person:kim-hyejin";
    private const string To = "org:EU";

    private Task<JsonArray> PathsAsync() => fixture.Api.QueryAsync(
            "query($from: ID!, $to: ID!) { paths(from: $from, to: $to, k: 3, since: \"2020\", until: \"2026\", maxHops: 6) { entities { id } relationships { id } } }",
            new { from = From, to = To })
        .ContinueWith(t => t.Result["paths"]!.AsArray());

    [Fact]
    public async Task Both_ends_picked_on_the_canvas_give_the_k_alternatives_beside_the_drawing()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026", ExplorerPage.Wide);
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var paths = await PathsAsync();
        Assert.True(paths.Count > 1, "the seed should offer alternatives between these two");

        await explorer.Page.ClickAsync("#path-tool");
        await explorer.ClickOnCanvasAsync(From);
        await explorer.ClickOnCanvasAsync(To);
        var drawn = await explorer.WaitForStateAsync("s => s.path.edges.length > 0");

        Assert.Equal((From, To), (drawn.PathFrom, drawn.PathTo));
        Assert.Equal(paths.Select(p => p!["entities"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ToArray()), drawn.Alternatives);
        Assert.Equal(GraphApi.Ids(paths[0]!["relationships"]), drawn.Path.Edges);
        var alternatives = explorer.Page.Locator("#path-panel [data-alternative]");
        await Assertions.Expect(alternatives).ToHaveCountAsync(paths.Count);
        await Assertions.Expect(explorer.Page.Locator("#path-panel .path-steps li")).ToHaveCountAsync(paths[0]!["relationships"]!.AsArray().Count);
        var panel = (await explorer.BoxAsync("#path-panel"))!;
        var graph = (await explorer.BoxAsync("#graph"))!;
        Assert.True(panel.X >= graph.X + graph.Width, "the steps are not beside the drawing");
        Assert.True(panel.Y + panel.Height <= ExplorerPage.Wide.Height, "the steps run off the screen");

        await alternatives.Nth(1).ClickAsync();
        var second = await explorer.WaitForStateAsync("s => s.alternative === 1");
        Assert.Equal(GraphApi.Ids(paths[1]!["relationships"]), second.Path.Edges);
        Assert.Contains("alt=1", await explorer.FragmentAsync());
        output.WriteLine($"Screenshot: {await explorer.ScreenshotAsync("explorer-path.png")}");
    }

    [Fact]
    public async Task The_details_panel_and_the_context_menu_set_the_ends_too()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var paths = await PathsAsync();

        await explorer.ClickDrawnAsync(From);
        await explorer.Page.ClickAsync($"#panel [data-path-from='{From}']");
        await explorer.PickFromMenuAsync(To, "Path to here");
        var drawn = await explorer.WaitForStateAsync("s => s.path.edges.length > 0");

        Assert.Equal(GraphApi.Ids(paths[0]!["entities"]), drawn.Path.Nodes);
        Assert.Equal(GraphApi.Ids(paths[0]!["relationships"]), drawn.Path.Edges);
    }
}
