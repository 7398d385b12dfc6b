using KnowledgeGraph.Api.Tests.Explorer.Support;
using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Views;

/// <summary>The seeded API on Kestrel and a headless Chromium, shared by the browser tests of the map, the timeline and the review page.</summary>
public sealed class ViewsFixture : IAsyncLifetime
{
    private BrowserSession? browser;

    public GraphApiFactory Server { get; } = new();

    public async Task InitializeAsync()
    {
        Server.StartOnKestrel();
        browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>A fresh page of the given size on <paramref name="address"/>, its console errors collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string address, int width = 1440, int height = 900)
    {
        var context = await (browser ?? throw new InvalidOperationException("the fixture has not started")).Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(address);
        return (page, errors);
    }

    /// <summary>Saves the page into the screenshot folder (KG_SCREENSHOT_DIR) for a reviewer; returns the path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ExplorerPaths.Screenshots);
        var path = Path.Combine(ExplorerPaths.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ViewsCollection : ICollectionFixture<ViewsFixture>
{
    public const string Name = "Map, timeline and review page in Chromium";
}
