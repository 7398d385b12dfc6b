using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Caching;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Tests.Storage.Caching;

/// <summary>
/// The store contract through the record cache over a real SQLite file: reads answered from memory keep every promise
/// the store makes, writes and deletes included.
/// </summary>
public sealed class CachedGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-cached-contract-").FullName;
    private int _files;

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var store = new CachedGraphStore(new SqliteGraphStore(Path.Combine(_folder, $"store-{Interlocked.Increment(ref _files)}.db")));
        await store.InitializeAsync();
        return store;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
