using KnowledgeGraph.Model;
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
