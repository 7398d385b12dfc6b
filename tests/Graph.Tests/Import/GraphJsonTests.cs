using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

public sealed class GraphJsonTests : SqliteStoreTest
{
    [Fact]
    public void Malformed_members_are_reported_with_file_and_path_and_the_rest_of_each_record_still_read()
    {
        File.WriteAllText(Folder.File("a.json"), """{"entities": [{"id": "country:VNM", "kind": "COUNTRY", "name": "Viet Nam"}, {"id": 5, "kind": "COUNTRY"}, {"id": "x", "colour": "red", "aliases": {}}, 7]}""");
        File.WriteAllText(Folder.File("b.json"), "{ not json");

        var batch = GraphJson.ReadPath(Folder.Path);

        Assert.Equal(["country:VNM", null, "x"], batch.Entities.Select(e => e.Record.Id));
        Assert.Equal("COUNTRY", batch.Entities[1].Record.Kind);
        Assert.Equal(
            [("a.json $.entities[1]", "id", "expected a string"), ("a.json $.entities[2]", "colour", "unknown member"), ("a.json $.entities[2]", "aliases", "expected an array"), ("a.json $.entities[3]", "$", "expected an object, found a number")],
            batch.Errors.Take(4).Select(e => (e.Location, e.Field, e.Message.Split(';')[0])));
        Assert.Equal("b.json", batch.Errors[4].Location);
    }

    [Fact]
    public void Errors_come_out_in_the_order_records_were_read_without_repeating_an_unreadable_member()
    {
        File.WriteAllText(Folder.File("a.json"), """{"relationships": [{"type": "PART_OF"}], "entities": [{"id": "country:VNM", "name": 5}]}""");
        var batch = GraphJson.ReadPath(Folder.File("a.json"));
        var validation = new RecordError[]
        {
            new("a.json $.entities[0]", "name", "an entity needs a name"),
            new("a.json $.entities[0]", "kind", "an entity needs a kind"),
            new("a.json $.relationships[0]", "from", "a relationship needs a from entity id"),
        };

        var errors = batch.InRecordOrder(validation);

        Assert.Equal(
            [("a.json $.relationships[0]", "from"), ("a.json $.entities[0]", "name"), ("a.json $.entities[0]", "kind")],
            errors.Select(e => (e.Location, e.Field)));
        Assert.Equal("expected a string", errors[1].Message);
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
    public async Task A_source_s_asOf_translation_and_note_travel_through_an_export()
    {
        var batch = Records.SmallGraph();
        var attested = Records.Quote()[0] with { AsOf = "2021-10-19", Translation = "Minister Dao Ngoc Dung", Note = "article dated 20/10/2021" };
        batch.Relationships[0] = batch.Relationships[0] with { Record = batch.Relationships[0].Record with { Sources = [attested] } };
        await Importer.ImportAsync(batch);
        File.WriteAllText(Folder.File("export.json"), await ContentAsync());

        var read = GraphJson.ReadPath(Folder.File("export.json"));

        var source = Assert.Single(read.Relationships.Single(r => r.Record.Id == "rel:molisa-part-of-vnm").Record.Sources!);
        Assert.Equal(("2021-10-19", "Minister Dao Ngoc Dung", "article dated 20/10/2021"), (source.AsOf, source.Translation, source.Note));
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
