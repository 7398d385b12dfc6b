using KnowledgeGraph.Api.Tests.Support;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Playground;

/// <summary>
/// The playground in a real browser (Debian's Chromium; Playwright never downloads one) against the API on a real
/// Kestrel port: what a new user does first — click an example, see the answer with its sources.
/// </summary>
public sealed class PlaygroundBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly GraphApiFactory factory = new();
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Clicking_the_Korea_example_shows_the_EPS_MoU_with_its_sources()
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 2400 } });
        await page.GotoAsync($"{BaseAddress()}/playground");

        await page.GetByRole(AriaRole.Button, new() { Name = "Agreements involving Korea since 2020" }).ClickAsync();

        var result = page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("agreement:vnm-kor-eps-mou-2023", new() { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("\"quote\"");
    }

    private string BaseAddress() =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
}
