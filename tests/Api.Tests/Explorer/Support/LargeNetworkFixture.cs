using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>The API seeded with <see cref="LargeNetworkSeed"/> (about 500 entities around one centre) and a browser.</summary>
public sealed class LargeNetworkFixture : IAsyncLifetime
{
    private readonly string seedFolder = Path.Combine(Path.GetTempPath(), "kg-explorer-tests", "large-seed-" + Guid.NewGuid().ToString("N"));
    private BrowserSession? browser;
    private GraphApiFactory? server;

    public GraphApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = GraphApiFactory.With(("Graph:SeedPath", LargeNetworkSeed.Write(seedFolder)));
        server.StartOnKestrel();
        Api = new GraphApi(server.CreateKestrelClient());
        browser = await BrowserSession.LaunchAsync();
    }

    public Task<ExplorerPage> OpenAsync(string fragment) => ExplorerPage.OpenAsync(browser!.Browser, server!.BaseAddress!, fragment);

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        Api?.Dispose();
        if (server is not null)
            await server.DisposeAsync();
        Directory.Delete(seedFolder, recursive: true);
    }
}
