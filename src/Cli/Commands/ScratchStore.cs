using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>An empty store in a temporary file, deleted afterwards: what a dry run validates against when its data file does not exist yet.</summary>
internal sealed class ScratchStore : IAsyncDisposable
{
    private ScratchStore(SqliteGraphStore store) => Store = store;

    public SqliteGraphStore Store { get; }

    public static async Task<ScratchStore> CreateAsync(CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(Path.Combine(Path.GetTempPath(), $"kg-dry-run-{Guid.NewGuid():N}.db"));
        await store.InitializeAsync(cancellationToken);
        return new ScratchStore(store);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Store.Path + suffix);
    }
}
