using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

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

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));

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
