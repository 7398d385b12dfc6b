using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class GraphJsonTests : SqliteStoreTest
{
    [Fact]
    public void Malformed_records_are_reported_with_file_and_path_and_the_rest_still_read()
    {
        File.WriteAllText(Folder.File("a.json"), """{"entities": [{"id": "country:VNM", "kind": "COUNTRY", "name": "Viet Nam"}, {"id": 5}, {"id": "x", "colour": "red"}]}""");
        File.WriteAllText(Folder.File("b.json"), "{ not json");

        var batch = GraphJson.ReadPath(Folder.Path);

        Assert.Single(batch.Entities);
        Assert.Equal(["a.json $.entities[1]", "a.json $.entities[2]", "b.json"], batch.Errors.Select(e => e.Location));
    }

    [Fact]
    public void A_missing_path_is_an_error_not_an_empty_batch()
    {
        var batch = GraphJson.ReadPath(Folder.File("nothing-here"));

        Assert.Equal("no such file or folder", Assert.Single(batch.Errors).Message);
    }

    [Fact]
    public async Task An_export_reimports_into_an_identical_store()
    {
        await Importer.ImportAsync(Records.SmallGraph());
        var exported = await ContentAsync();
        File.WriteAllText(Folder.File("export.json"), exported);
        await using var copy = new KnowledgeGraph.Storage.Sqlite.SqliteGraphStore(Folder.File("copy.db"));
        await copy.InitializeAsync();

        var result = await new BatchImporter(copy).ImportPathAsync(Folder.File("export.json"));

        Assert.True(result.Succeeded);
        using var stream = new MemoryStream();
        await GraphJson.WriteAsync(stream, copy.StreamDocumentsAsync(), copy.StreamEntitiesAsync(), copy.StreamRelationshipsAsync());
        Assert.Equal(exported, System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task A_dry_run_validates_and_writes_nothing()
    {
        var result = await Importer.ImportAsync(Records.SmallGraph(), dryRun: true);

        Assert.True(result.Succeeded);
        Assert.Null(result.Outcome);
        Assert.Equal(0, (await Store.GetStatisticsAsync()).EntityCount);
    }
}
