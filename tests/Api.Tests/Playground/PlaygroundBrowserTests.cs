using System.Net.Http.Json;
using System.Text.Json.Nodes;

using KnowledgeGraph.Api.Tests.Playground.Support;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// The playground in a real browser (Debian's Chromium; Playwright never downloads one) against the API on a real
/// Kestrel port: what a new user does first — click an example, see the answer with its sources.
/// </summary>
public sealed class PlaygroundBrowserTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private const string EntityQuery = "query EntityName($id: ID!) { entity(id: $id) { id name } }";
    private const string TheaLee = """{"id": "person:thea-lee"}""";

    [Fact]
    public async Task Clicking_the_Korea_example_shows_the_EPS_MoU_with_its_sources()
    {
        await using var playground = await fixture.OpenAsync();

        var shown = JsonNode.Parse(await playground.ClickExampleAndReadResultAsync("Agreements involving Korea since 2020"))!;

        var eps = Assert.Single(shown["data"]!["agreements"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "agreement:vnm-kor-eps-mou-2023")!;
        Assert.NotEmpty(eps["sources"]!.AsArray().Select(s => s!["quote"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_example_the_server_offers_answers_with_data_and_no_error_on_one_click()
    {
        using var client = fixture.Server.CreateKestrelClient();
        var offered = (await client.GetFromJsonAsync<JsonArray>("/playground/examples.json"))!.Select(e => e!["title"]!.GetValue<string>()).ToList();
        await using var playground = await fixture.OpenAsync();

        var titles = await playground.ExampleButtons.AllInnerTextsAsync();
        var failures = new List<string>();
        foreach (var title in titles)
        {
            var shown = JsonNode.Parse(await playground.ClickExampleAndReadResultAsync(title))!;
            if (shown["errors"] is not null || shown["data"] is not JsonObject { Count: > 0 })
                failures.Add($"{title}: {shown.ToJsonString()}");
        }

        Assert.NotEmpty(offered);
        Assert.Equal(offered, titles);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task A_pasted_link_opens_its_query_and_variables_ready_to_run()
    {
        await using var playground = await fixture.OpenAsync($"/playground?query={Uri.EscapeDataString(EntityQuery)}&variables={Uri.EscapeDataString(TheaLee)}");

        var opened = (await playground.QueryAsync(), await playground.VariablesAsync());
        var shown = JsonNode.Parse(await playground.RunAndReadResultAsync())!;

        Assert.Equal((EntityQuery, TheaLee), opened);
        Assert.Equal("Thea Lee", shown["data"]!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_address_follows_the_edited_query_and_variables_so_a_reload_or_a_copied_link_reopens_them()
    {
        await using var playground = await fixture.OpenAsync();
        await playground.TypeQueryAsync(EntityQuery);
        await playground.TypeVariablesAsync(TheaLee);
        await playground.WaitForAddressAsync(EntityQuery, TheaLee);

        await playground.ReloadAsync();
        var reloaded = (await playground.QueryAsync(), await playground.VariablesAsync());
        await using var copied = await fixture.OpenAsync(playground.Page.Url);
        var linked = (await copied.QueryAsync(), await copied.VariablesAsync());

        Assert.Equal((EntityQuery, TheaLee), reloaded);
        Assert.Equal((EntityQuery, TheaLee), linked);
    }

    [Fact]
    public async Task The_explorer_plugin_builds_a_query_by_clicks_that_runs()
    {
        await using var playground = await fixture.OpenAsync($"/playground?query={Uri.EscapeDataString("{ __typename }")}");
        var explorer = await playground.OpenExplorerPluginAsync();

        await explorer.Locator("[data-field-name='entity']").ClickAsync();
        var entity = explorer.Locator(".graphiql-explorer-entity").First;
        await entity.Locator("[data-arg-name='id'] input").FillAsync("person:thea-lee");
        await entity.Locator("[data-field-name='name']").ClickAsync();
        await playground.WaitForQueryContainingAsync("name");
        var shown = JsonNode.Parse(await playground.RunAndReadResultAsync())!;

        Assert.Equal("Thea Lee", shown["data"]!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Opening_the_endpoint_address_in_the_browser_shows_the_playground()
    {
        await using var playground = await fixture.OpenAsync("/graphql");

        Assert.Equal("/playground", new Uri(playground.Page.Url).AbsolutePath);
    }
}
