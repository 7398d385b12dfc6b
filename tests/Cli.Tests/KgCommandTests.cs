namespace KnowledgeGraph.Cli.Tests;

public sealed class KgCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Import_then_stats_prints_counts_by_kind_and_type()
    {
        File.WriteAllText(_folder.File("batch.json"), Batches.Curated);

        var import = await Kg.RunAsync("import", _folder.File("batch.json"), "--db", _folder.File("kg.db"));
        var stats = await Kg.RunAsync("stats", "--db", _folder.File("kg.db"));

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("added 5", import.Output);
        Assert.Equal(0, stats.ExitCode);
        Assert.Matches(@"COUNTRY\s*│\s*1", stats.Output);
        Assert.Matches(@"PART_OF\s*│\s*1", stats.Output);
        Assert.Matches(@"EVENT\s*│\s*0", stats.Output);
    }

    [Fact]
    public async Task Import_of_a_batch_with_one_bad_record_lists_it_and_imports_nothing()
    {
        File.WriteAllText(_folder.File("bad.json"), Batches.Curated.Replace("\"PART_OF\"", "\"PART_OFF\""));

        var import = await Kg.RunAsync("import", _folder.File("bad.json"), "--db", _folder.File("kg.db"));
        var stats = await Kg.RunAsync("stats", "--db", _folder.File("kg.db"));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("bad.json $.relationships[0]: type: 'PART_OFF' is not a relationship type", import.Output);
        Assert.Contains("nothing was imported", import.Output);
        Assert.Matches(@"COUNTRY\s*│\s*0", stats.Output);
    }

    [Fact]
    public async Task Export_json_reimports_into_an_identical_store()
    {
        File.WriteAllText(_folder.File("batch.json"), Batches.Curated);
        await Kg.RunAsync("import", _folder.File("batch.json"), "--db", _folder.File("kg.db"));

        var export = await Kg.RunAsync("export", "--format", "json", "--db", _folder.File("kg.db"), "--output", _folder.File("export.json"));
        var reimport = await Kg.RunAsync("import", _folder.File("export.json"), "--db", _folder.File("copy.db"));
        var again = await Kg.RunAsync("export", "--format", "json", "--db", _folder.File("copy.db"), "--output", _folder.File("again.json"));

        Assert.Equal((0, 0, 0), (export.ExitCode, reimport.ExitCode, again.ExitCode));
        Assert.Contains("Bộ LĐ-TB&XH", File.ReadAllText(_folder.File("export.json")));
        Assert.Equal(File.ReadAllText(_folder.File("export.json")), File.ReadAllText(_folder.File("again.json")));
    }

    [Fact]
    public async Task An_unknown_export_format_is_refused()
    {
        var export = await Kg.RunAsync("export", "--format", "xml", "--db", _folder.File("kg.db"));

        Assert.NotEqual(0, export.ExitCode);
        Assert.Contains("xml", export.Output);
    }
}
