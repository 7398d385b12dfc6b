using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// The playground in a real browser (Debian's Chromium; Playwright never downloads one) against the API on a real
/// Kestrel port: what a new user does first — click an example, see the answer with its sources.
/// </summary>
public sealed class PlaygroundBrowserTests : IAsyncLifetime
{
    private readonly GraphApiFactory factory = new();
    private BrowserSession browser = null!;

    public async Task InitializeAsync()
    {
        factory.StartOnKestrel();
        browser = await BrowserSession.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Clicking_the_Korea_example_shows_the_EPS_MoU_with_its_sources()
    {
        var page = await browser.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 2400 } });
        await page.GotoAsync(new Uri(factory.BaseAddress!, "/playground").ToString());

        await page.GetByRole(AriaRole.Button, new() { Name = "Agreements involving Korea since 2020" }).ClickAsync();

        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("agreement:vnm-kor-eps-mou-2023", new() { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("\"quote\"");
    }
}
