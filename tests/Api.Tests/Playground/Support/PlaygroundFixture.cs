using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Playground.Support;

/// <summary>The seeded API on Kestrel and a headless Chromium, shared by the playground's browser tests.</summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    private BrowserSession? browser;

    public GraphApiFactory Server { get; } = new();

    public async Task InitializeAsync()
    {
        Server.StartOnKestrel();
        browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>A fresh browser context (no stored GraphiQL state) and page on <paramref name="address"/>.</summary>
    public Task<PlaygroundPage> OpenAsync(string address = "/playground") =>
        PlaygroundPage.OpenAsync((browser ?? throw new InvalidOperationException("the fixture has not started")).Browser, Server.BaseAddress!, address);

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}
