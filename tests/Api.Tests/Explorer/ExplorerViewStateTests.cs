using KnowledgeGraph.Api.Tests.Explorer.Support;

using Microsoft.Playwright;

using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Explorer;

/// <summary>The whole view lives in the URL: a copied link, Back and Forward, and a saved view all show it again.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerViewStateTests(ExplorerFixture fixture, ITestOutputHelper output)
{
    private const string Korea = "country:KOR";
    private const string EpsMou = "agreement:vnm-kor-eps-mou-2023";
    private const string Eu = "org:EU";

    [Fact]
    public async Task A_copied_link_opens_the_same_filters_selection_and_path()
    {
        await using var analyst = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await analyst.WaitForDrawingAsync(Korea, 2020, 2026);
        await analyst.Page.ClickAsync("#kind-filters input[value='PERSON']");
        await analyst.WaitForStateAsync("s => s.hideKinds.includes('PERSON')");
        await analyst.ClickDrawnAsync(Korea);
        await analyst.Page.ClickAsync($"#panel [data-path-from='{Korea}']");
        await analyst.ClickDrawnAsync(Eu);
        await analyst.Page.ClickAsync($"#panel [data-path-to='{Eu}']");
        await analyst.WaitForStateAsync("s => s.path.edges.length > 0");
        await analyst.ClickDrawnAsync(EpsMou);
        var shared = await analyst.WaitForStateAsync($"s => s.selected === '{EpsMou}'");
        var link = await analyst.FragmentAsync();
        output.WriteLine($"Link: /explore#{link}");

        await using var colleague = await fixture.OpenAsync(link);
        var opened = await colleague.WaitForStateAsync("s => s.path.edges.length > 0");

        Assert.Equal(["PERSON"], opened.HideKinds);
        Assert.Equal(EpsMou, opened.Selected);
        Assert.Equal((Korea, Eu), (opened.PathFrom, opened.PathTo));
        Assert.Equal(shared.Nodes, opened.Nodes);
        Assert.Equal(shared.Edges, opened.Edges);
        Assert.Equal(shared.Path.Nodes, opened.Path.Nodes);
        Assert.Equal(shared.Path.Edges, opened.Path.Edges);
        await Assertions.Expect(colleague.Page.Locator("#panel .id code")).ToHaveTextAsync(EpsMou);
    }

    [Fact]
    public async Task Back_and_Forward_step_through_the_views_the_analyst_made()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        var first = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        await explorer.ClickDrawnAsync(EpsMou);
        await explorer.Page.ClickAsync("#kind-filters input[value='PERSON']");
        var filtered = await explorer.WaitForStateAsync("s => s.hideKinds.includes('PERSON')");
        await explorer.SearchAndPickAsync("Viet Nam", "country:VNM");
        await explorer.WaitForStateAsync("s => s.centre === 'country:VNM'");

        await explorer.Page.GoBackAsync();
        var back = await explorer.WaitForStateAsync($"s => s.centre === '{Korea}'");
        Assert.Equal(filtered.Nodes, back.Nodes);
        Assert.Equal(EpsMou, back.Selected);

        await explorer.Page.GoBackAsync();
        var unfiltered = await explorer.WaitForStateAsync("s => s.hideKinds.length === 0");
        Assert.Equal(first.Nodes, unfiltered.Nodes);
        Assert.Equal(EpsMou, unfiltered.Selected);

        await explorer.Page.GoBackAsync();
        Assert.Null((await explorer.WaitForStateAsync("s => s.selected === null")).Selected);

        await explorer.Page.GoForwardAsync();
        Assert.Equal(EpsMou, (await explorer.WaitForStateAsync($"s => s.selected === '{EpsMou}'")).Selected);
    }

    [Fact]
    public async Task A_named_view_saved_in_the_browser_opens_again_after_a_reload()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026&nokind=PERSON");
        var saved = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        await explorer.Page.FillAsync("#view-name", "Korea without people");
        await explorer.Page.ClickAsync("#save-view button[type=submit]");
        await explorer.SearchAndPickAsync("Viet Nam", "country:VNM");
        await explorer.WaitForStateAsync("s => s.centre === 'country:VNM'");

        await explorer.Page.ReloadAsync();
        await explorer.Page.ClickAsync("#saved-views a[data-saved-view='Korea without people']");
        var opened = await explorer.WaitForDrawingAsync(Korea, 2020, 2026);

        Assert.Equal(["PERSON"], opened.HideKinds);
        Assert.Equal(saved.Nodes, opened.Nodes);
    }

    [Fact]
    public async Task The_map_and_timeline_links_open_the_centre_and_the_selected_entity_in_the_same_window()
    {
        await using var explorer = await fixture.OpenAsync($"of={Korea}&since=2020&until=2026");
        await explorer.WaitForDrawingAsync(Korea, 2020, 2026);
        await explorer.ClickDrawnAsync(EpsMou);

        await explorer.Page.ClickAsync("#map-link");
        await explorer.Page.WaitForFunctionAsync("() => window.partnerMap?.state().status === 'ready'");
        var map = await explorer.Page.EvaluateAsync<string>("() => { const s = window.partnerMap.state(); return `${s.of} ${s.since} ${s.until}`; }");
        Assert.Equal($"{Korea} 2020 2026", map);

        await explorer.Page.GoBackAsync();
        await explorer.WaitForStateAsync($"s => s.selected === '{EpsMou}'");
        await explorer.Page.ClickAsync("#timeline-link");
        await explorer.Page.WaitForFunctionAsync("() => window.timelineView?.state().status === 'ready'");
        var timeline = await explorer.Page.EvaluateAsync<string>("() => { const s = window.timelineView.state(); return `${s.of} ${s.since} ${s.until}`; }");
        Assert.Equal($"{EpsMou} 2020 2026", timeline);
    }
}
