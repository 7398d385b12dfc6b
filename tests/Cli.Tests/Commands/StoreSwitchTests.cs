namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary><c>--store</c> and <c>Graph__Store</c> choose the backend through the service's own settings.</summary>
public sealed class StoreSwitchTests : IDisposable
{
    private static readonly Dictionary<string, string> NoEnvironment = [];
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Neo4j_without_an_address_or_password_names_both_settings_and_touches_nothing()
    {
        var run = await Kg.RunWithAsync(_folder.Path, NoEnvironment, "stats", "--store", "neo4j");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Graph:Neo4j:Uri is required", run.StandardError);
        Assert.Contains("Graph:Neo4j:Password is required", run.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task Graph__Store_from_the_environment_selects_Neo4j_as_it_does_for_the_service()
    {
        var environment = new Dictionary<string, string>
        {
            ["Graph__Store"] = "Neo4j",
            // Port 9 (discard) refuses connections here: the address is read and tried, nothing else runs.
            ["Graph__Neo4j__Uri"] = "http://127.0.0.1:9",
            ["Graph__Neo4j__Password"] = "unused",
            ["Graph__Neo4j__MaxRetries"] = "0",
        };

        var run = await Kg.RunWithAsync(_folder.Path, environment, "search", "Viet Nam");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("store: Neo4j at http://127.0.0.1:9/", run.StandardError);
        Assert.Contains("cannot reach Neo4j at http://127.0.0.1:9/", run.StandardError);
        Assert.DoesNotContain("   at ", run.Output);
    }

    [Fact]
    public async Task An_unknown_store_is_refused_by_name()
    {
        var run = await Kg.RunWithAsync(_folder.Path, NoEnvironment, "stats", "--store", "mongo");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("Graph:Store 'mongo' is not a store; use Sqlite (default) or Neo4j", run.StandardError);
    }

    [Fact]
    public async Task Store_sqlite_with_db_is_the_file_as_before()
    {
        File.WriteAllText(_folder.File("batch.json"), Batches.Curated);
        await Kg.RunAsync("import", _folder.File("batch.json"), "--db", _folder.File("kg.db"));

        var stats = await Kg.RunWithAsync(_folder.Path, NoEnvironment, "stats", "--json", "--store", "sqlite", "--db", _folder.File("kg.db"));

        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("\"store\": \"sqlite\"", stats.StandardOutput);
        Assert.Contains($"data file: {_folder.File("kg.db")}", stats.StandardError);
    }

    [Fact]
    public async Task Generate_refuses_Neo4j_and_says_how_to_get_a_synthetic_graph_there()
    {
        var run = await Kg.RunWithAsync(_folder.Path, NoEnvironment, "generate", "--entities", "100", "--relationships", "200", "--store", "neo4j", "--db", _folder.File("g.db"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("kg export --format cypher", run.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }
}
