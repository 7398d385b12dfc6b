using KnowledgeGraph.Api.Tests.Explorer.Support;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>The small end of the scale, on the curated seed.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerSmallLayoutTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_network_of_about_ten_nodes_is_drawn_with_no_node_overlapping_another()
    {
        const string vietnam = "country:VNM";
        var expected = await fixture.Api.PartnerNetworkAsync(vietnam, 2000, 2010);
        Assert.InRange(expected.Nodes.Count, 3, 20);
        await using var explorer = await fixture.OpenAsync($"of={vietnam}&since=2000&until=2010");

        var drawn = await explorer.WaitForDrawingAsync(vietnam, 2000, 2010);
        var overlapping = await explorer.OverlappingNodesAsync();
        output.WriteLine($"Screenshot: {await explorer.ScreenshotAsync("explorer-small-network.png")}");

        Assert.Equal(expected.Nodes, drawn.Nodes);
        Assert.Empty(overlapping);
    }

    [Fact]
    public async Task Names_and_edge_labels_open_at_a_readable_size()
    {
        const string korea = "country:KOR";
        await using var explorer = await fixture.OpenAsync($"of={korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(korea, 2020, 2026);

        var sizes = await explorer.TextSizesAsync();

        Assert.True(sizes.Names.Length >= 8, $"only {sizes.Names.Length} nodes are named");
        Assert.All(sizes.Names, size => Assert.True(size >= 11, $"a name is drawn at {size} px"));
        Assert.All(sizes.EdgeLabels, size => Assert.True(size >= 9, $"an edge label is drawn at {size} px"));
    }

    [Fact]
    public async Task Nodes_of_a_kind_are_larger_the_more_influential_the_API_ranks_them()
    {
        const string korea = "country:KOR";
        await using var explorer = await fixture.OpenAsync($"of={korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(korea, 2020, 2026);
        var ranking = (await fixture.Api.QueryAsync(
            "query { influence(around: \"country:KOR\", since: \"2020\", until: \"2026\", top: 1000) { score entity { id } } }"))["influence"]!.AsArray()
            .ToDictionary(s => s!["entity"]!["id"]!.GetValue<string>(), s => s!["score"]!.GetValue<double>());

        var json = await explorer.Page.EvaluateAsync<string>("() => JSON.stringify(window.explorer.sizes())");
        var countries = System.Text.Json.JsonSerializer.Deserialize<NodeSize[]>(json, WebJson)!
            .Where(n => n.Kind == "COUNTRY" && n.Id != korea)
            .OrderByDescending(n => ranking.GetValueOrDefault(n.Id))
            .ToList();

        Assert.True(countries.Count >= 3, "too few countries to compare");
        Assert.True(countries[0].Width > countries[^1].Width, "the most and least influential countries are drawn the same size");
        Assert.Equal(countries.Select(n => n.Width).OrderByDescending(w => w), countries.Select(n => n.Width));
    }

    private sealed record NodeSize(string Id, string Kind, double Width);
}
