using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Neo4j_csv_writes_a_zip_named_after_the_store_and_says_what_it_wrote()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var export = await Kg.RunInAsync(_folder.Path, "export", "--format", "neo4j-csv", "--db", store);

        var zip = _folder.File("kg.neo4j-csv.zip");
        Assert.Equal(0, export.ExitCode);
        Assert.Empty(export.StandardOutput);
        Assert.Contains($"Wrote 3 entities and 2 relationships to {zip} ({new FileInfo(zip).Length:N0} bytes)", export.StandardError);
        using var archive = ZipFile.OpenRead(zip);
        Assert.Contains("nodes.csv", archive.Entries.Select(e => e.Name));
    }

    [Fact]
    public async Task Neo4j_csv_names_its_zip_after_the_output_option()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var export = await Kg.RunAsync("export", "--format", "neo4j-csv", "--db", store, "-o", _folder.File(Path.Combine("reports", "graph")));

        Assert.Equal(0, export.ExitCode);
        Assert.True(File.Exists(_folder.File(Path.Combine("reports", "graph.zip"))));
    }

    [Fact]
    public async Task An_export_never_replaces_an_existing_file_unless_told_to()
    {
        var store = await Batches.CuratedStoreAsync(_folder);
        var file = _folder.File("graph.gexf");
        await File.WriteAllTextAsync(file, "an earlier report");

        var refused = await Kg.RunAsync("export", "--format", "gexf", "--db", store, "-o", file);
        var kept = await File.ReadAllTextAsync(file);
        var replaced = await Kg.RunAsync("export", "--format", "gexf", "--db", store, "-o", file, "--overwrite");

        Assert.Equal((2, 0), (refused.ExitCode, replaced.ExitCode));
        Assert.Contains("already exists", refused.StandardError);
        Assert.Equal("an earlier report", kept);
        Assert.Contains("<gexf", await File.ReadAllTextAsync(file));
        Assert.Equal([file], Directory.GetFiles(_folder.Path, "graph.gexf*"));
    }

    [Fact]
    public async Task A_text_export_to_standard_output_keeps_its_report_on_standard_error()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var export = await Kg.RunAsync("export", "--format", "cypher", "--db", store);

        Assert.Equal(0, export.ExitCode);
        Assert.StartsWith("// Knowledge graph export", export.StandardOutput);
        Assert.Contains("Đào Ngọc Dung", export.StandardOutput);
        Assert.Contains($"to standard output ({Encoding.UTF8.GetByteCount(export.StandardOutput):N0} bytes)", export.StandardError);
    }
}
