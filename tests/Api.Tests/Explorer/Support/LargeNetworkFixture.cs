using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>The API seeded with <see cref="LargeNetworkSeed"/> (about 500 entities around one centre) and a browser.</summary>
public class LargeNetworkFixture : IAsyncLifetime
{
    private readonly string seedFolder = Path.Combine(Path.GetTempPath(), "kg-explorer-tests", "large-seed-" + Guid.NewGuid().ToString("N"));
    private readonly Func<string, string> writeSeed;
    private BrowserSession? browser;
    private GraphApiFactory? server;

    public LargeNetworkFixture()
        : this(folder => LargeNetworkSeed.Write(folder))
    {
    }

    /// <param name="writeSeed">Writes the seed into the folder given and returns it.</param>
    protected LargeNetworkFixture(Func<string, string> writeSeed) => this.writeSeed = writeSeed;

    public GraphApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        server = GraphApiFactory.With([("Graph:SeedPath", writeSeed(seedFolder)), .. ExplorerSettings.Unthrottled]);
        server.StartOnKestrel();
        Api = new GraphApi(server.CreateKestrelClient());
        browser = await BrowserSession.LaunchAsync();
    }

    public Task<ExplorerPage> OpenAsync(string fragment, ViewportSize? viewport = null) =>
        ExplorerPage.OpenAsync(browser!.Browser, server!.BaseAddress!, fragment, viewport);

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

/// <summary>The same kind of network with about 2,000 entities: as many as the API draws at once.</summary>
public sealed class TwoThousandNodeFixture() : LargeNetworkFixture(folder => LargeNetworkSeed.Write(folder, ministries: 230, organisations: 980, agreements: 430, people: 300));
