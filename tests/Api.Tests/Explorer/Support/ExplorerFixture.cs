using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>The seeded API on Kestrel and a headless Chromium, shared by the explorer's browser tests.</summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    private BrowserSession? browser;

    // Every browser test shares one client address, so the per-client rate limit would count the whole suite as one analyst.
    public GraphApiFactory Server { get; } = GraphApiFactory.With(ExplorerSettings.Unthrottled);

    public GraphApi Api { get; private set; } = null!;

    public BrowserSession Browser => browser ?? throw new InvalidOperationException("the fixture has not started");

    public async Task InitializeAsync()
    {
        Server.StartOnKestrel();
        Api = new GraphApi(Server.CreateKestrelClient());
        browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>A fresh browser context and page on /explore, collecting console errors.</summary>
    public Task<ExplorerPage> OpenAsync(string fragment = "", ViewportSize? viewport = null) =>
        ExplorerPage.OpenAsync(Browser.Browser, Server.BaseAddress!, fragment, viewport);

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        Api?.Dispose();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "Explorer in Chromium";
}
