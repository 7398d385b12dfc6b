using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Views;

[Collection(ViewsCollection.Name)]
public sealed class PartnerMapTests(ViewsFixture fixture, ITestOutputHelper output)
{
    private const string VietNamSince2020 = "/map#of=country:VNM&since=2020&until=2026";

    [Fact]
    public async Task Viet_Nam_s_partner_countries_since_2020_are_shaded_and_a_click_shows_a_quote()
    {
        var (page, errors) = await fixture.OpenAsync(VietNamSince2020);
        await page.WaitForFunctionAsync("() => window.partnerMap?.state().status === 'ready'");

        Assert.Equal(1, await page.Locator("path.partner[data-country='KOR']").CountAsync());
        Assert.Equal(1, await page.Locator("path.partner[data-country='USA']").CountAsync());
        Assert.Equal(0, await page.Locator("path.partner[data-country='VNM']").CountAsync());

        await page.Locator("path.partner[data-country='KOR']").DispatchEventAsync("click");
        var quote = await page.Locator("#details .quote").First.TextContentAsync();
        output.WriteLine($"Screenshot: {await ViewsFixture.ScreenshotAsync(page, "map.png")}");
        Assert.False(string.IsNullOrWhiteSpace(quote));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_reload_keeps_the_actor_and_the_window()
    {
        var (page, _) = await fixture.OpenAsync("/map#of=country:KOR&since=2021&until=2023");
        await page.WaitForFunctionAsync("() => window.partnerMap?.state().status === 'ready'");
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.partnerMap?.state().status === 'ready'");

        var state = await page.EvaluateAsync<string>("() => { const s = window.partnerMap.state(); return `${s.of} ${s.since} ${s.until}`; }");
        Assert.Equal("country:KOR 2021 2023", state);
    }

    [Fact]
    public async Task On_a_390_by_844_phone_the_map_has_a_size()
    {
        var (page, _) = await fixture.OpenAsync(VietNamSince2020, 390, 844);
        await page.WaitForFunctionAsync("() => window.partnerMap?.state().status === 'ready'");

        var box = await page.Locator("#map").BoundingBoxAsync();
        output.WriteLine($"Screenshot: {await ViewsFixture.ScreenshotAsync(page, "map-390x844.png")}");
        Assert.True(box is { Width: > 0, Height: > 0 }, $"the map is {box?.Width}×{box?.Height}");
    }
}
