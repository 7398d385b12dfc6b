using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>
/// The explorer in headless Chromium against the real API over a seeded SQLite file. Expected drawings come from the
/// API itself (partnerNetwork, entity, shortestPath), so the tests check the page shows what the data says.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerPageTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private const string Vietnam = "country:VNM";
    private const string Korea = "country:KOR";
    private const string EpsMou = "agreement:vnm-kor-eps-mou-2023";

    [Fact]
    public async Task Page_loads_and_draws_a_network_with_no_console_errors()
    {
        await using var explorer = await fixture.OpenAsync($"of={Vietnam}&since=2020&until=2024");

        var state = await explorer.WaitForDrawingAsync(Vietnam, 2020, 2024);

        Assert.NotEmpty(state.Nodes);
        Assert.Empty(explorer.ConsoleErrors);
    }

    [Fact]
    public async Task Centring_on_Vietnam_draws_its_partner_network_for_2020_to_2024()
    {
        await using var explorer = await fixture.OpenAsync("since=2020&until=2024");
        var expected = await fixture.Api.PartnerNetworkAsync(Vietnam, 2020, 2024);

        await explorer.SearchAndPickAsync("Viet Nam", Vietnam);
        var drawn = await explorer.WaitForDrawingAsync(Vietnam, 2020, 2024);

        Assert.Equal(expected.Nodes, drawn.Nodes);
        Assert.Equal(expected.Edges, drawn.Edges);
    }

    [Fact]
    public async Task Moving_the_slider_redraws_the_network_the_data_has_for_the_new_window()
    {
        await using var explorer = await fixture.OpenAsync($"of={Vietnam}&since=2020&until=2024");
        var before = await explorer.WaitForDrawingAsync(Vietnam, 2020, 2024);
        var expected = await fixture.Api.PartnerNetworkAsync(Vietnam, 2000, 2010);
        Assert.NotEqual(expected.Nodes, new SortedSet<string>(before.Nodes, StringComparer.Ordinal));

        await explorer.DragYearAsync("since", 2000);
        await explorer.DragYearAsync("until", 2010);
        var after = await explorer.WaitForDrawingAsync(Vietnam, 2000, 2010);

        Assert.Equal(expected.Nodes, after.Nodes);
        Assert.Equal(expected.Edges, after.Edges);
    }

    [Fact]
    public async Task Clicking_the_EPS_MoU_shows_its_names_and_source_quote_with_its_document()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var entity = (await fixture.Api.QueryAsync("query($id: ID!) { entity(id: $id) { names { name } sources { document quote } } }", new { id = EpsMou }))["entity"]!;
        var source = entity["sources"]![0]!;

        await explorer.ClickDrawnAsync(EpsMou);

        var panel = explorer.Page.Locator("#panel");
        await Assertions.Expect(panel.Locator("blockquote").Filter(new() { HasText = source["quote"]!.GetValue<string>() }).First).ToBeVisibleAsync();
        await Assertions.Expect(panel.Locator("code.document").Filter(new() { HasText = source["document"]!.GetValue<string>() }).First).ToBeVisibleAsync();
        foreach (var name in entity["names"]!.AsArray())
            await Assertions.Expect(panel.Locator(".names dd").Filter(new() { HasText = name!["name"]!.GetValue<string>() }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Clicking_an_edge_shows_the_quote_that_states_it()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        var drawn = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var network = await fixture.Api.QueryAsync(
            "query { partnerNetwork(of: \"country:KOR\", since: \"2020\", until: \"2026\") { edges { id type to { id } sources { quote } } } }");
        var edge = network["partnerNetwork"]!["edges"]!.AsArray()
            .First(e => e!["to"]!["id"]!.GetValue<string>() == EpsMou && e["type"]!.GetValue<string>() == "SIGNED" && e["sources"]!.AsArray().Count > 0)!;
        var edgeId = edge["id"]!.GetValue<string>();
        Assert.Contains(edgeId, drawn.Edges);

        await explorer.ClickDrawnAsync(edgeId);

        await Assertions.Expect(explorer.Page.Locator("#panel blockquote").Filter(new() { HasText = edge["sources"]![0]!["quote"]!.GetValue<string>() }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Keyboard_alone_finds_Korea_narrows_the_years_and_opens_a_drawn_entity()
    {
        await using var explorer = await fixture.OpenAsync();
        var keyboard = explorer.Page.Keyboard;

        await explorer.Page.FocusAsync("#search");
        await keyboard.TypeAsync("korea");
        await explorer.Page.Locator($"#search-results [role=option][data-id='{Korea}'][aria-selected=true]").WaitForAsync();
        await keyboard.PressAsync("Enter");
        await explorer.Page.FocusAsync("#since");
        for (var i = 0; i < 30; i++)
            await keyboard.PressAsync("ArrowRight");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2030);
        await explorer.Page.FocusAsync("#node-list button[tabindex='0']");
        await keyboard.PressAsync("ArrowDown");
        var focused = await explorer.Page.EvaluateAsync<string>("() => document.activeElement.dataset.node");
        await keyboard.PressAsync("Enter");

        Assert.Equal(focused, (await explorer.StateAsync()).Selected);
        await Assertions.Expect(explorer.Page.Locator("#panel .id code")).ToHaveTextAsync(focused);
    }

    [Fact]
    public async Task A_new_user_sees_Korea_cooperation_network_with_evidence_one_click_away_and_a_screenshot_is_saved()
    {
        await using var explorer = await fixture.OpenAsync();
        var expected = await fixture.Api.PartnerNetworkAsync(Korea, 2020, 2030);

        await explorer.SearchAndPickAsync("Korea", Korea);
        await explorer.DragYearAsync("since", 2020);
        var drawn = await explorer.WaitForDrawingAsync(Korea, 2020, 2030);
        await explorer.ClickDrawnAsync(EpsMou);
        await Assertions.Expect(explorer.Page.Locator("#panel blockquote").First).ToBeVisibleAsync();
        var screenshot = await explorer.ScreenshotAsync("explorer-korea-2020-2026.png");

        Assert.Equal(expected.Nodes, drawn.Nodes);
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"screenshot {screenshot} is too small to show anything");
        output.WriteLine($"Screenshot: {screenshot}");
    }

    [Fact]
    public async Task The_playground_link_opens_the_query_the_page_ran()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        var href = await explorer.Page.GetAttributeAsync("#playground-link", "href");

        await explorer.Page.GotoAsync(href!);

        await Assertions.Expect(explorer.Page.Locator(".graphiql-query-editor")).ToContainTextAsync("partnerNetwork(of: $of");
        await explorer.Page.ClickAsync(".graphiql-execute-button");
        await Assertions.Expect(explorer.Page.Locator(".result-window")).ToContainTextAsync($"\"id\": \"{EpsMou}\"");
    }
}
