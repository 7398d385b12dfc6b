using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>
/// The real API on Kestrel (a real port, so a real browser can reach it) over a fresh SQLite file in a temp folder,
/// seeded from <paramref name="seedPath"/> (the repository's curated seed by default).
/// </summary>
public sealed class ExplorerServer(string? seedPath = null) : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kg-explorer-tests", Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts Kestrel on a free loopback port; the store is seeded before this returns.</summary>
    public void Start()
    {
        Directory.CreateDirectory(folder);
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
    }

    public HttpClient CreateApiClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Sqlite:Path"] = Path.Combine(folder, "kg.db"),
            ["Graph:SeedPath"] = seedPath ?? ExplorerPaths.Seed,
        }));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection only leaves a temp folder behind.
        }
    }
}
