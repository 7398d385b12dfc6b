using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

public sealed class SqliteStoreModeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Opening_a_missing_file_as_existing_fails_and_creates_nothing()
    {
        var path = _folder.File(Path.Combine("absent", "kg.db"));
        await using var store = new SqliteGraphStore(path, SqliteStoreMode.OpenExisting);

        var error = await Assert.ThrowsAsync<SqliteStoreFileException>(() => store.InitializeAsync());

        Assert.Equal((path, SqliteStoreFileProblem.Missing), (error.Path, error.Problem));
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public async Task Opening_a_sqlite_file_that_is_not_a_store_fails_and_leaves_it_untouched()
    {
        var path = _folder.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(path);
        await using var store = new SqliteGraphStore(path, SqliteStoreMode.OpenExisting);

        var error = await Assert.ThrowsAsync<SqliteStoreFileException>(() => store.InitializeAsync());

        Assert.Equal(SqliteStoreFileProblem.NotAStore, error.Problem);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_in_either_mode()
    {
        var path = _folder.File("notes.txt");
        await File.WriteAllTextAsync(path, "these are not the pages of a database, just some text long enough to fill a header........");

        foreach (var mode in Enum.GetValues<SqliteStoreMode>())
        {
            await using var store = new SqliteGraphStore(path, mode);
            var error = await Assert.ThrowsAsync<SqliteStoreFileException>(() => store.InitializeAsync());
            Assert.Equal(SqliteStoreFileProblem.NotSqlite, error.Problem);
        }
    }

    [Fact]
    public async Task An_existing_store_opens_as_existing_and_reads_what_was_written()
    {
        var path = _folder.File("kg.db");
        await using (var created = new SqliteGraphStore(path))
        {
            await created.InitializeAsync();
            await created.WriteAsync(Sample.Batch);
        }

        await using var store = new SqliteGraphStore(path, SqliteStoreMode.OpenExisting);
        await store.InitializeAsync();

        Assert.Equal(Sample.Batch.Entities.Count, (await store.GetStatisticsAsync()).EntityCount);
    }

    [Fact]
    public async Task Only_records_with_sources_count_as_sourced()
    {
        await using var store = new SqliteGraphStore(_folder.File("kg.db"));
        await store.InitializeAsync();
        var empty = await store.HoldsSourcedRecordsAsync();
        await store.WriteAsync(new GraphBatch([Sample.Vietnam with { Sources = [] }], []));
        var synthetic = await store.HoldsSourcedRecordsAsync();
        await store.WriteAsync(new GraphBatch([Sample.Korea], []));

        Assert.Equal((false, false, true), (empty, synthetic, await store.HoldsSourcedRecordsAsync()));
    }
}
