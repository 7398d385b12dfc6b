using System.CommandLine;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The store options every command shares, read through the service's own switch (<see cref="GraphStoreSettings"/>):
/// <c>--store</c> (else <c>$Graph__Store</c>, else SQLite), <c>--db</c> for the SQLite file (default: the service's),
/// and for Neo4j the service's variables (<c>Graph__Neo4j__Uri</c>, <c>__User</c>, <c>__Password</c>, or Aura's
/// NEO4J_*). A command always says which store it opens, on standard error, before touching it.
/// </summary>
internal sealed class StoreOption
{
    private static readonly string ServiceDataFile = Path.Combine("src", "Api", GraphStoreSettings.DefaultSqlitePath);

    public Option<string> Option { get; } = new("--db")
    {
        Description = $"SQLite data file (default: $Graph__Sqlite__Path, else {ServiceDataFile}, the service's file)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Graph__Sqlite__Path") ?? ServiceDataFile,
    };

    public Option<string?> Kind { get; } = new("--store")
    {
        Description = "sqlite or neo4j (default: $Graph__Store, else sqlite); Neo4j is reached with the service's settings: "
            + "Graph__Neo4j__Uri, Graph__Neo4j__User, Graph__Neo4j__Password (or Aura's NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)",
    };

    /// <summary>Adds <c>--db</c> and <c>--store</c> to a command.</summary>
    public Command AddTo(Command command)
    {
        command.Options.Add(Option);
        command.Options.Add(Kind);
        return command;
    }

    /// <summary>Whether <c>--db</c> was on the command line, rather than the service's file by default.</summary>
    public bool IsGiven(ParseResult parse) => parse.GetResult(Option) is { Implicit: false };

    /// <summary>The full path of the data file the command line names.</summary>
    public string PathOf(ParseResult parse) => Path.GetFullPath(parse.GetValue(Option)!);

    /// <exception cref="StoreSettingsException">--store or Graph__Store names no store.</exception>
    public GraphStoreSettings SettingsOf(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?> { [GraphStoreSettings.SqlitePathKey] = PathOf(parse) };
        if (parse.GetValue(Kind) is { Length: > 0 } kind)
            overrides[GraphStoreSettings.StoreKey] = kind;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        return GraphStoreSettings.Read(configuration);
    }

    /// <exception cref="SqliteStoreFileException">The SQLite file cannot serve as a store in this mode.</exception>
    /// <exception cref="StoreSettingsException">The settings name no store or not enough to reach Neo4j.</exception>
    public async Task<IGraphStore> OpenAsync(ParseResult parse, SqliteStoreMode mode, CancellationToken cancellationToken)
    {
        var settings = SettingsOf(parse);
        var store = settings.Open(Environment.CurrentDirectory, mode);
        if (store is SqliteGraphStore file)
        {
            var origin = IsGiven(parse) ? "" : " (the service's, by default; name another with --db)";
            KgConsole.Error.MarkupLineInterpolated($"[grey]data file: {file.Path}{origin}[/]");
        }
        else
        {
            KgConsole.Error.MarkupLineInterpolated($"[grey]store: Neo4j at {settings.Neo4j.Uri}, database {settings.Neo4j.Database}[/]");
        }

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
