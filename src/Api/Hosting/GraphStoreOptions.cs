namespace KnowledgeGraph.Api.Hosting;

/// <summary>The <c>Graph</c> configuration section: which store, where its file is, where the seed is.</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "Graph";

    public SqliteOptions Sqlite { get; set; } = new();

    /// <summary>Folder of the curated dataset loaded into an empty store; default: the seed copied beside the app.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Set false to start on an empty store (tests of writes, benchmarks on generated data).</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    /// <summary>Build the analytics projection right after start-up, so the first path or influence query does not wait for it.</summary>
    public bool BuildProjectionAtStart { get; set; } = true;

    public sealed class SqliteOptions
    {
        public string Path { get; set; } = "data/kg.db";
    }
}
