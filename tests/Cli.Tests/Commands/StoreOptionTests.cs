namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class StoreOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("stats")]
    [InlineData("stats", "--json")]
    [InlineData("export", "--format", "json")]
    [InlineData("export", "--format", "neo4j-csv")]
    [InlineData("search", "Viet Nam")]
    public async Task A_read_command_on_a_missing_file_fails_clearly_and_creates_nothing(params string[] command)
    {
        var missing = _folder.File(Path.Combine("nowhere", "kg.db"));

        var run = await Kg.RunInAsync(_folder.Path, [.. command, "--db", missing]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"no knowledge graph store at {missing}: no such file", run.StandardError);
        Assert.Empty(run.StandardOutput);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Fact]
    public async Task A_read_command_without_db_outside_the_repository_fails_instead_of_creating_the_service_s_file()
    {
        var stats = await Kg.RunInAsync(_folder.Path, "stats");

        Assert.Equal(3, stats.ExitCode);
        Assert.Contains("(the service's, by default; name another with --db)", stats.StandardError);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Path));
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("search", "MOLISA")]
    [InlineData("export", "--format", "graphml")]
    [InlineData("import", "curated.json")]
    [InlineData("import", "curated.json", "--dry-run")]
    public async Task Every_command_names_its_data_file_on_standard_error(params string[] command)
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var run = await Kg.RunInAsync(_folder.Path, [.. command, "--db", store]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"data file: {store}", run.StandardError);
        Assert.DoesNotContain("data file", run.StandardOutput);
    }
}
