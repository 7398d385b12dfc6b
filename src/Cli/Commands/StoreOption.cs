using System.CommandLine;
using KnowledgeGraph.Storage.Sqlite;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The <c>--db</c> option every command shares (default: the service's data file), and how a command opens the file it
/// names: always saying which file that is, on standard error, before touching it.
/// </summary>
internal sealed class StoreOption
{
    public Option<string> Option { get; } = new("--db")
    {
        Description = "SQLite data file (default: $Graph__Sqlite__Path, else src/Api/data/kg.db, the service's file)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Graph__Sqlite__Path") ?? Path.Combine("src", "Api", "data", "kg.db"),
    };

    /// <summary>Whether <c>--db</c> was on the command line, rather than the service's file by default.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetResult(Option) is { Implicit: false };

    /// <summary>The full path of the data file the command line names.</summary>
    public string PathOf(ParseResult parse) => Path.GetFullPath(parse.GetValue(Option)!);

    /// <exception cref="SqliteStoreFileException">The file cannot serve as a store in this mode.</exception>
    public async Task<SqliteGraphStore> OpenAsync(ParseResult parse, SqliteStoreMode mode, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(PathOf(parse), mode);
        var origin = IsGiven(parse) ? "" : " (the service's, by default; name another with --db)";
        KgConsole.Error.MarkupLineInterpolated($"[grey]data file: {store.Path}{origin}[/]");
        try
        {
            await store.InitializeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }
}
