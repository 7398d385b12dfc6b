using KnowledgeGraph.Analytics;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Synthetic;

using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>
/// A generated graph in a SQLite file on which exact betweenness takes seconds: as many entities as still get exact
/// betweenness, 150,000 relationships. Written once for the tests of <see cref="HeavyGraph.Collection"/>; each copies it.
/// </summary>
public sealed class HeavyGraph : IAsyncLifetime
{
    public const string Collection = "heavy graph";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("kg-heavy-graph-");

    private string DatabasePath => Path.Combine(folder.FullName, "heavy.db");

    public async Task InitializeAsync()
    {
        await using (var store = new SqliteGraphStore(DatabasePath))
        {
            await store.InitializeAsync();
            var spec = new SyntheticGraphSpec(BetweennessSampling.ExactUpToNodes, 150_000, seed: 1);
            await new SyntheticGraphWriter(store).WriteAsync(new SyntheticGraphGenerator(spec));
        }

        // Closing the pooled connections checkpoints the write-ahead log, so the one file holds the whole graph.
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Copies the graph's file to <paramref name="path"/> (before a service opens it there).</summary>
    public void CopyTo(string path) => File.Copy(DatabasePath, path, overwrite: true);

    public Task DisposeAsync()
    {
        folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
