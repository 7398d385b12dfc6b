using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// The real API over a fresh SQLite file in a temp folder, seeded from the repository's seed/, with one API key
/// (<see cref="ApiKey"/>) and optional configuration overrides (limits, auth).
/// </summary>
public sealed class GraphApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-writer-key";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "kg-api-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> settings;

    public GraphApiFactory()
    {
        Directory.CreateDirectory(folder);
        settings = new Dictionary<string, string?>
        {
            ["Graph:Sqlite:Path"] = Path.Combine(folder, "kg.db"),
            ["Graph:SeedPath"] = RepositoryPaths.Seed,
            ["GraphQL:Auth:ApiKeys:0"] = ApiKey,
        };
    }

    /// <summary>A factory whose configuration differs from the default by <paramref name="overrides"/>.</summary>
    public static GraphApiFactory With(params (string Key, string Value)[] overrides)
    {
        var factory = new GraphApiFactory();
        foreach (var (key, value) in overrides)
            factory.settings[key] = value;
        return factory;
    }

    public string DatabasePath => settings["Graph:Sqlite:Path"]!;

    /// <summary>Replaces services of the real API (a fake clock...) before it starts.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Where <see cref="StartOnKestrel"/> listens; null until then.</summary>
    public Uri? BaseAddress { get; private set; }

    /// <summary>
    /// Serves the API on a real loopback port (so a real browser can reach it) instead of the in-memory test server;
    /// the store is seeded before this returns.
    /// </summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal));
        return BaseAddress;
    }

    /// <summary>A plain HTTP client for the Kestrel address.</summary>
    public HttpClient CreateKestrelClient() => new() { BaseAddress = BaseAddress ?? throw new InvalidOperationException("call StartOnKestrel first") };

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
        if (TestServices is { } replace)
            builder.ConfigureTestServices(replace);
    }

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
