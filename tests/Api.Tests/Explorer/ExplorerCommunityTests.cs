using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>Colour by community: each drawn entity takes its Louvain community's colour, as the API groups them.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerCommunityTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private const string Vietnam = "country:VNM";

    [Fact]
    public async Task Colouring_by_community_gives_each_community_of_the_api_one_colour_and_the_link_keeps_it()
    {
        await using var explorer = await fixture.OpenAsync($"of={Vietnam}&since=2020&until=2026");
        var drawn = await explorer.WaitForDrawingAsync(Vietnam, 2020, 2026);
        var byKind = await FillsAsync(explorer);

        await explorer.Page.SelectOptionAsync("#colour-by", "community");
        await explorer.WaitForStateAsync("s => s.colour === 'community' && s.communities !== null");
        var ranks = await explorer.Page.EvaluateAsync<Dictionary<string, int>>("() => window.explorer.state().communities");
        var fills = await FillsAsync(explorer);
        var expected = await CommunitiesAsync(drawn.Nodes);
        output.WriteLine($"Screenshot: {await explorer.ScreenshotAsync("explorer-communities.png")}");

        Assert.Equal(expected, ranks);
        Assert.True(expected.Values.Distinct().Count() > 1, "the window has a single community; the test needs several");
        foreach (var group in expected.Where(e => e.Value <= 10).GroupBy(e => e.Value))
            Assert.Single(group.Select(e => fills[e.Key]).Distinct());
        var colours = expected.Where(e => e.Value <= 10).GroupBy(e => e.Value).Select(g => fills[g.First().Key]).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.NotEqual(byKind, fills);
        Assert.Contains("colour=community", await explorer.FragmentAsync(), StringComparison.Ordinal);
        await Assertions.Expect(explorer.Page.Locator("#legend ul.communities li").First).ToContainTextAsync("Community 1");

        await explorer.Page.SelectOptionAsync("#colour-by", "kind");
        await explorer.WaitForStateAsync("s => s.colour === 'kind' && s.communities === null");
        Assert.Equal(byKind, await FillsAsync(explorer));
    }

    private static async Task<Dictionary<string, string>> FillsAsync(ExplorerPage explorer) =>
        await explorer.Page.EvaluateAsync<Dictionary<string, string>>("() => window.explorer.fills()");

    private async Task<Dictionary<string, int>> CommunitiesAsync(string[] among)
    {
        var data = await fixture.Api.QueryAsync(
            "query($among: [ID!]) { communities(among: $among, since: \"2020\", until: \"2026\", first: 12) { rank members(first: 1000) { id } } }",
            new { among });
        return data["communities"]!.AsArray()
            .SelectMany(c => c!["members"]!.AsArray().Select(m => (Id: m!["id"]!.GetValue<string>(), Rank: c["rank"]!.GetValue<int>())))
            .ToDictionary(p => p.Id, p => p.Rank);
    }
}
