using System.CommandLine;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The <c>--db</c> option every command shares; defaults to the service's data file setting.</summary>
internal static class StoreOption
{
    public static Option<string> Create() => new("--db")
    {
        Description = "SQLite data file (default: $Graph__Sqlite__Path, else src/Api/data/kg.db, the service's file)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Graph__Sqlite__Path") ?? Path.Combine("src", "Api", "data", "kg.db"),
    };

    public static async Task<SqliteGraphStore> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
