using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>The real API over HTTP on a fresh SQLite file in a temp folder, seeded with the curated dataset on start.</summary>
public sealed class AnalyticsApiFactory : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kg-analytics-api-");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:Sqlite:Path", Path.Combine(_folder.FullName, "kg.db"));
        builder.UseSetting("Graph:SeedPath", Path.Combine(RepositoryRoot(), "seed"));
        builder.UseSetting("Graph:SeedWhenEmpty", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (_folder.Exists)
            _folder.Delete(recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
