using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>Exploring in place, as in Bloom: expand a node, hide one, pin one, and read a node by pointing at it.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerExpandTests(ExplorerFixture fixture)
{
    private const string Korea = "country:KOR";
    private const string Vietnam = "country:VNM";
    private const string Japan = "country:JPN";
    private const string Eu = "org:EU";
    private const string Usa = "country:USA";

    [Fact]
    public async Task Double_clicking_a_node_adds_its_partners_and_moves_nothing_already_drawn()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        var first = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var before = await explorer.PositionsAsync();
        var partners = await fixture.Api.PartnerNetworkAsync(Vietnam, 2020, 2026);

        await explorer.DoubleClickDrawnAsync(Vietnam);
        var expanded = await explorer.WaitForStateAsync($"s => s.expanded.includes('{Vietnam}')");
        var after = await explorer.PositionsAsync();

        Assert.Subset(new HashSet<string>(expanded.Nodes), partners.Nodes);
        Assert.All(before, node => Assert.Equal(node.Value, after[node.Key]));
        await explorer.Page.GoBackAsync();
        var back = await explorer.WaitForStateAsync("s => s.expanded.length === 0");
        Assert.Equal(first.Nodes, back.Nodes);
    }

    [Fact]
    public async Task The_context_menu_hides_a_node_and_pins_another_and_a_drag_pins_too()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);

        await explorer.PickFromMenuAsync(Eu, "Hide");
        var hidden = await explorer.WaitForStateAsync($"s => s.hidden.includes('{Eu}')");
        await explorer.PickFromMenuAsync(Japan, "Pin in place");
        await explorer.WaitForStateAsync($"s => s.pinned.some(p => p.id === '{Japan}')");
        await explorer.DragDrawnAsync(Usa, 60, 40);
        var pinned = await explorer.WaitForStateAsync($"s => s.pinned.some(p => p.id === '{Usa}')");
        await explorer.Page.ReloadAsync();
        var reloaded = await explorer.WaitForStateAsync($"s => s.pinned.length === 2 && s.nodes.length > 0");
        var positions = await explorer.PositionsAsync();

        Assert.DoesNotContain(Eu, hidden.Nodes);
        Assert.DoesNotContain(Eu, reloaded.Nodes);
        Assert.Equal(pinned.Pinned.OrderBy(p => p.Id), reloaded.Pinned.OrderBy(p => p.Id));
        Assert.All(reloaded.Pinned, pin => Assert.Equal((pin.X, pin.Y), positions[pin.Id]));
    }

    [Fact]
    public async Task Pointing_at_a_node_shows_its_name_kind_dates_and_evidence_count()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var network = await fixture.Api.QueryAsync(
            "query { partnerNetwork(of: \"country:KOR\", since: \"2020\", until: \"2026\") { nodes { id name } edges { from { id } to { id } sources { quote } } } }");
        var name = network["partnerNetwork"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == Japan)!["name"]!.GetValue<string>();
        var sources = network["partnerNetwork"]!["edges"]!.AsArray()
            .Where(e => e!["from"]!["id"]!.GetValue<string>() == Japan || e["to"]!["id"]!.GetValue<string>() == Japan)
            .Sum(e => e!["sources"]!.AsArray().Count);

        await explorer.HoverDrawnAsync(Japan);

        var card = explorer.Page.Locator("#hover-card");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".card-name")).ToHaveTextAsync(name);
        await Assertions.Expect(card.Locator(".card-kind")).ToContainTextAsync("Country");
        await Assertions.Expect(card).ToContainTextAsync("Dates");
        await Assertions.Expect(card).ToContainTextAsync($"{sources} source");
    }
}
