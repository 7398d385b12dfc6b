namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Generate_into_a_store_with_curated_data_is_refused_and_changes_nothing()
    {
        var store = await Batches.CuratedStoreAsync(_folder);
        var before = await ExportAsync(store);

        var generate = await Kg.RunAsync("generate", "--entities", "200", "--relationships", "300", "--db", store);

        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("holds curated data", generate.StandardError);
        Assert.Contains("--force-into-curated-store", generate.StandardError);
        Assert.Equal(before, await ExportAsync(store));
    }

    [Theory]
    [InlineData("5", "10", "--entities: a synthetic graph needs at least 18 entities (two of each kind); got 5")]
    [InlineData("200", "-1", "--relationships: the number of relationships cannot be negative")]
    public async Task Generate_with_sizes_that_make_no_graph_names_the_option_and_writes_nothing(string entities, string relationships, string message)
    {
        var generate = await Kg.RunAsync("generate", "--entities", entities, "--relationships", relationships, "--edges", _folder.File("g.edges"));

        Assert.Equal((1, message), (generate.ExitCode, generate.StandardError.Trim().Replace("error ", "", StringComparison.Ordinal)));
        Assert.False(File.Exists(_folder.File("g.edges")));
    }

    [Fact]
    public async Task Generate_without_db_is_refused_and_creates_no_file()
    {
        var generate = await Kg.RunInAsync(_folder.Path, "generate", "--entities", "200", "--relationships", "300");

        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("name it with --db", generate.StandardError);
        Assert.False(Directory.Exists(_folder.File("src")));
    }

    [Fact]
    public async Task Generate_into_a_curated_store_runs_when_forced()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var generate = await Kg.RunAsync("generate", "--entities", "200", "--relationships", "300", "--db", store, "--force-into-curated-store");

        Assert.Equal(0, generate.ExitCode);
        Assert.Contains("Imported 200 entities and 300 relationships", generate.StandardOutput);
    }

    [Fact]
    public async Task Generate_into_a_new_file_and_again_into_the_same_synthetic_store_runs()
    {
        var store = _folder.File("synthetic.db");

        var first = await Kg.RunAsync("generate", "--entities", "200", "--relationships", "300", "--db", store);
        var second = await Kg.RunAsync("generate", "--entities", "200", "--relationships", "300", "--seed", "2", "--db", store);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
    }

    private static async Task<string> ExportAsync(string store)
    {
        var export = await Kg.RunAsync("export", "--format", "json", "--db", store);
        Assert.Equal(0, export.ExitCode);
        return export.StandardOutput;
    }

    [Fact]
    public async Task Too_few_entities_are_refused_in_one_line_without_a_stack_trace()
    {
        var generate = await Kg.RunAsync("generate", "--entities", "17", "--relationships", "30", "--db", _folder.File("small.db"));

        Assert.Equal(1, generate.ExitCode);
        Assert.Contains("--entities: a synthetic graph needs at least 18 entities (two of each kind); got 17", generate.StandardError);
        Assert.DoesNotContain("Parameter", generate.StandardError);
        Assert.DoesNotContain("   at ", generate.Output);
    }
}
