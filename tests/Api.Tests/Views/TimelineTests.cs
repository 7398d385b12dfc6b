using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Views;

[Collection(ViewsCollection.Name)]
public sealed class TimelineTests(ViewsFixture fixture, ITestOutputHelper output)
{
    private const string TheaLee = "/timeline#of=person:thea-lee";

    [Fact]
    public async Task Thea_Lee_s_relationships_are_drawn_and_an_item_opens_its_quote()
    {
        var (page, errors) = await fixture.OpenAsync(TheaLee);
        await page.WaitForFunctionAsync("() => window.timelineView?.state().status === 'ready'");

        var drawn = await page.Locator("#timeline .vis-item").CountAsync();
        Assert.True(drawn > 0, "no item is drawn");
        await page.Locator("#timeline .vis-item.stated").First.ClickAsync();
        var quote = await page.Locator("#details .quote").First.TextContentAsync();
        output.WriteLine($"Screenshot: {await ViewsFixture.ScreenshotAsync(page, "timeline.png")}");
        Assert.False(string.IsNullOrWhiteSpace(quote));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_Vietnamese_quote_comes_with_its_translation_and_a_link_to_it_in_its_document()
    {
        var (page, errors) = await fixture.OpenAsync(TheaLee);
        await page.WaitForFunctionAsync("() => window.timelineView?.state().status === 'ready'");

        await page.Locator("#timeline .vis-item.stated").First.ClickAsync();
        var vietnamese = page.Locator("#details .quote[lang=vi]");
        var translated = page.Locator("#details .quote[lang=vi] + .translation");
        var reads = page.Locator("#details a.read-source");

        Assert.True(await vietnamese.CountAsync() > 0, "no Vietnamese quote in Thea Lee's first stated item");
        Assert.Equal(await vietnamese.CountAsync(), await translated.CountAsync());
        Assert.StartsWith("/sources/", await reads.First.GetAttributeAsync("href"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_axis_reaches_back_to_the_data_s_first_year_before_2000()
    {
        var (page, _) = await fixture.OpenAsync("/timeline#of=country:VNM");
        await page.WaitForFunctionAsync("() => window.timelineView?.state().status === 'ready'");

        var first = await page.EvaluateAsync<int>("() => window.timelineView.state().span.min");
        Assert.True(first < 2000, $"the axis starts in {first}");
    }

    [Fact]
    public async Task On_a_390_by_844_phone_the_timeline_has_a_size()
    {
        var (page, _) = await fixture.OpenAsync(TheaLee, 390, 844);
        await page.WaitForFunctionAsync("() => window.timelineView?.state().status === 'ready'");

        var box = await page.Locator("#timeline").BoundingBoxAsync();
        output.WriteLine($"Screenshot: {await ViewsFixture.ScreenshotAsync(page, "timeline-390x844.png")}");
        Assert.True(box is { Width: > 0, Height: > 0 }, $"the timeline is {box?.Width}×{box?.Height}");
    }
}
