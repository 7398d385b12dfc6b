using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteGraphStoreTests : SqliteStoreTest
{
    [Fact]
    public async Task Initialising_creates_a_WAL_file_with_every_migration_applied_and_is_repeatable()
    {
        await Store.InitializeAsync();

        await using var connection = new SqliteConnection($"Data Source={Store.Path}");
        await connection.OpenAsync();
        Assert.Equal("wal", await Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.Migrations.Length, await Scalar(connection, "PRAGMA user_version"));
    }

    [Fact]
    public async Task A_store_written_before_attestations_migrates_with_its_stated_dates_as_its_spans()
    {
        var path = Folder.File("v1.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await Execute(connection, SqliteSchema.Migrations[0] + """
                PRAGMA user_version = 1;
                INSERT INTO entities VALUES ('person:a', 'PERSON', 'A', NULL, '{}', '[]', '{}', '[]'), ('ministry:VNM-B', 'MINISTRY', 'B', NULL, '{}', '[]', '{}', '[]');
                INSERT INTO relationships (id, type, from_id, to_id, valid_from, valid_to, from_day, to_day, properties, sources)
                VALUES ('rel:a-b', 'HOLDS_POSITION', 'person:a', 'ministry:VNM-B', '2016', '2018', 735963, 737058, '{}', '[{"document":"a.txt","quote":"q"}]');
                """);
        }

        await using var store = new SqliteGraphStore(path);
        await store.InitializeAsync();
        var in2017 = await store.GetRelationshipsOfAsync("person:a", new RelationshipQuery { Window = DateWindow.At(PartialDate.OfYear(2017)) });
        var in2019 = await store.GetRelationshipsOfAsync("person:a", new RelationshipQuery { Window = DateWindow.At(PartialDate.OfYear(2019)) });

        await using var migrated = new SqliteConnection($"Data Source={path}");
        await migrated.OpenAsync();

        Assert.Equal(["rel:a-b"], in2017.Select(r => r.Id));
        Assert.Empty(in2019);
        Assert.Equal("735963-737058", await Scalar(migrated, "SELECT span_from_day || '-' || span_to_day FROM relationships"));
    }

    [Fact]
    public async Task Reimporting_the_same_batch_changes_nothing_and_keeps_the_version()
    {
        var first = await Importer.ImportAsync(Records.SmallGraph());
        var content = await ContentAsync();

        var second = await Importer.ImportAsync(Records.SmallGraph());

        Assert.Equal(9, first.Outcome!.Added);
        Assert.Equal((0, 0, 9), (second.Outcome!.Added, second.Outcome.Changed, second.Outcome.Unchanged));
        Assert.Equal(first.Outcome.Version, second.Outcome.Version);
        Assert.Equal(content, await ContentAsync());
    }

    [Fact]
    public async Task Every_write_that_changes_content_raises_the_version()
    {
        var before = await Store.GetVersionAsync();
        await Importer.ImportAsync(Records.SmallGraph());
        var afterImport = await Store.GetVersionAsync();
        await Importer.ImportAsync(Records.Batch([Records.Entity("country:VNM", "COUNTRY", "Socialist Republic of Viet Nam")]));
        var afterChange = await Store.GetVersionAsync();
        await Store.DeleteRelationshipAsync("rel:molisa-part-of-vnm");

        Assert.True(before < afterImport);
        Assert.True(afterImport < afterChange);
        Assert.True(afterChange < await Store.GetVersionAsync());
    }

    [Fact]
    public async Task A_batch_with_one_bad_record_leaves_the_content_unchanged()
    {
        await Importer.ImportAsync(Records.SmallGraph());
        var content = await ContentAsync();
        var version = await Store.GetVersionAsync();
        var batch = Records.Batch(
            [Records.Entity("country:VNM", "COUNTRY", "Renamed"), Records.Entity("country:LAO", "COUNTRY", "Lao PDR")],
            [Records.Relationship("COOPERATES_WITH", "country:VNM", "country:LAO", "2013"), Records.Relationship("COOPERATES_WITH", "country:VNM", "country:LAO", "2013-13")]);

        var result = await Importer.ImportAsync(batch);

        var error = Assert.Single(result.Errors);
        Assert.Equal("test $.relationships[1]", error.Location);
        Assert.Equal(content, await ContentAsync());
        Assert.Equal(version, await Store.GetVersionAsync());
    }

    [Fact]
    public async Task A_failing_write_rolls_back_the_whole_batch()
    {
        await Importer.ImportAsync(Records.SmallGraph());
        var content = await ContentAsync();
        var orphan = new Relationship { Id = "rel:orphan", Type = RelationshipType.PartOf, From = "ministry:VNM-NOWHERE", To = "country:VNM" };
        var entity = new Entity { Id = "country:LAO", Kind = EntityKind.Country, Name = "Lao PDR" };

        await Assert.ThrowsAsync<MissingEndpointException>(() => Store.WriteAsync(new GraphBatch([entity], [orphan])));

        Assert.Equal(content, await ContentAsync());
    }

    [Theory]
    [InlineData("Dao Ngoc Dung", "person:dao-ngoc-dung")]
    [InlineData("đào ngọc", "person:dao-ngoc-dung")]
    [InlineData("DUNG", "person:dao-ngoc-dung")]
    [InlineData("MOLISA", "ministry:VNM-MOLISA")]
    [InlineData("molisa", "ministry:VNM-MOLISA")]
    [InlineData("Bộ LĐ-TB&XH", "ministry:VNM-MOLISA")]
    [InlineData("Bo LD TB XH", "ministry:VNM-MOLISA")]
    [InlineData("Vietnam", "country:VNM")]
    public async Task Search_ignores_case_and_diacritics_and_finds_aliases(string text, string id)
    {
        await Importer.ImportAsync(Records.SmallGraph());

        var found = await Store.SearchAsync(text, null, 20);

        Assert.Equal(id, found[0].Id);
    }

    [Fact]
    public async Task Search_filters_by_kind_ranks_exact_matches_first_and_honours_first()
    {
        await Importer.ImportAsync(Records.SmallGraph());

        var countries = await Store.SearchAsync("a", [EntityKind.Country], 20);
        var one = await Store.SearchAsync("o", null, 1);
        var exact = await Store.SearchAsync("korea", null, 20);

        Assert.All(countries, e => Assert.Equal(EntityKind.Country, e.Kind));
        Assert.Equal(2, countries.Count);
        Assert.Single(one);
        Assert.Equal("country:KOR", exact[0].Id);
        Assert.Empty(await Store.SearchAsync("%", null, 20));
    }

    [Fact]
    public async Task Relationships_of_an_entity_filter_by_window_type_and_direction()
    {
        await Importer.ImportAsync(Records.SmallGraph());
        const string molisa = "ministry:VNM-MOLISA";

        var all = await Store.GetRelationshipsOfAsync(molisa, RelationshipQuery.All);
        var in2025 = await Store.GetRelationshipsOfAsync(molisa, new RelationshipQuery { Window = DateWindow.Between(PartialDate.Parse("2025"), null) });
        var before2020 = await Store.GetRelationshipsOfAsync(molisa, new RelationshipQuery { Window = DateWindow.Between(null, PartialDate.Parse("2019")) });
        var outgoing = await Store.GetRelationshipsOfAsync(molisa, new RelationshipQuery { Direction = Direction.Outgoing });
        var positions = await Store.GetRelationshipsOfAsync(molisa, new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.HoldsPosition } });

        Assert.Equal(["rel:molisa-part-of-vnm", "rel:dung-minister", "rel:molisa-signed-eps"], all.Select(r => r.Id));
        Assert.Equal(["rel:molisa-part-of-vnm", "rel:molisa-signed-eps"], in2025.Select(r => r.Id));
        Assert.Equal(["rel:molisa-part-of-vnm", "rel:dung-minister"], before2020.Select(r => r.Id));
        Assert.Equal(["rel:molisa-part-of-vnm", "rel:molisa-signed-eps"], outgoing.Select(r => r.Id));
        Assert.Equal(["rel:dung-minister"], positions.Select(r => r.Id));
    }

    [Fact]
    public async Task Entities_and_relationships_read_back_as_written()
    {
        var records = Records.SmallGraph();
        records.Entities[2] = records.Entities[2] with
        {
            Record = records.Entities[2].Record with { Names = new() { ["vi"] = "Bộ Lao động - Thương binh và Xã hội", ["en"] = "MOLISA" }, Properties = new() { ["note"] = "a \"quoted\" \\ value" } },
        };
        await Importer.ImportAsync(records);

        var molisa = await Store.GetEntityAsync("ministry:VNM-MOLISA");
        var minister = await Store.GetRelationshipAsync("rel:dung-minister");

        Assert.Equal("Bộ Lao động - Thương binh và Xã hội", molisa!.Names["vi"]);
        Assert.Equal(["MOLISA", "Bộ LĐ-TB&XH"], molisa.Aliases.ToArray());
        Assert.Equal("a \"quoted\" \\ value", molisa.Properties["note"]);
        Assert.Equal((PartialDate.Parse("2016-04"), PartialDate.Parse("2024-08")), (minister!.ValidFrom, minister.ValidTo));
        Assert.Equal("Bộ trưởng Đào Ngọc Dung", minister.Sources.Single().Quote);
        Assert.Null(await Store.GetEntityAsync("country:XXX"));
        Assert.False(await Store.DeleteRelationshipAsync("rel:none"));
    }

    [Fact]
    public async Task Edges_stream_without_properties_and_statistics_count_by_kind_and_type()
    {
        await Importer.ImportAsync(Records.SmallGraph());

        var edges = new List<EdgeRecord>();
        await foreach (var edge in Store.StreamEdgesAsync())
            edges.Add(edge);
        var statistics = await Store.GetStatisticsAsync();

        Assert.Equal(4, edges.Count);
        Assert.Contains(new EdgeRecord("rel:dung-minister", RelationshipType.HoldsPosition, "person:dao-ngoc-dung", "ministry:VNM-MOLISA", EdgeDays.Of(new RelationshipTime(PartialDate.Parse("2016-04"), PartialDate.Parse("2024-08"), null, null))), edges);
        Assert.Equal(2, statistics.EntitiesByKind[EntityKind.Country]);
        Assert.Equal(0, statistics.EntitiesByKind[EntityKind.Event]);
        Assert.Equal(1, statistics.RelationshipsByType[RelationshipType.Signed]);
        Assert.Equal((5, 4), (statistics.EntityCount, statistics.RelationshipCount));
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
