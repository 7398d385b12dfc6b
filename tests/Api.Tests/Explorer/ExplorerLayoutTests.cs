using KnowledgeGraph.Api.Tests.Explorer.Support;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>
/// Readability at both ends of the scale: a handful of nodes, and about 500 (a generated seed). Every node the API
/// returns is drawn and nodes do not pile up on each other; screenshots are saved for a reviewer to judge the rest.
/// </summary>
public sealed class ExplorerLayoutTests(LargeNetworkFixture large, ITestOutputHelper output) : IClassFixture<LargeNetworkFixture>
{

    [Fact]
    public async Task About_500_nodes_are_all_drawn_without_piling_up()
    {
        await using var explorer = await large.OpenAsync($"of={LargeNetworkSeed.Centre}&since=2000&until=2026");
        var expected = await large.Api.PartnerNetworkAsync(LargeNetworkSeed.Centre, 2000, 2026);
        Assert.InRange(expected.Nodes.Count, 400, 600);

        var drawn = await explorer.WaitForDrawingAsync(LargeNetworkSeed.Centre, 2000, 2026);
        var overlapping = await explorer.OverlappingNodesAsync();
        var screenshot = await explorer.ScreenshotAsync("explorer-500-nodes.png");
        output.WriteLine($"Screenshot: {screenshot}; {drawn.Nodes.Length} nodes, {overlapping.Count} overlapping");

        Assert.Equal(expected.Nodes, drawn.Nodes);
        Assert.Equal(expected.Edges, drawn.Edges);
        Assert.True(overlapping.Count <= drawn.Nodes.Length / 50, $"{overlapping.Count} of {drawn.Nodes.Length} nodes overlap another: {string.Join(", ", overlapping.Take(10))}");
        Assert.Empty(explorer.ConsoleErrors);
    }
}
