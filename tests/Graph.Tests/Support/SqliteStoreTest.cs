using KnowledgeGraph.Import;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Tests.Support;

/// <summary>A migrated SQLite store in a temp folder, with the importer that writes to it.</summary>
public abstract class SqliteStoreTest : IAsyncLifetime, IDisposable
{
    protected TempFolder Folder { get; } = new();
    protected SqliteGraphStore Store { get; private set; } = null!;
    protected BatchImporter Importer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqliteGraphStore(Folder.File("kg.db"));
        await Store.InitializeAsync();
        Importer = new BatchImporter(Store);
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The store's whole content in the export format: equal text means equal content.</summary>
    protected async Task<string> ContentAsync()
    {
        using var stream = new MemoryStream();
        await GraphJson.WriteAsync(stream, Store.StreamDocumentsAsync(), Store.StreamEntitiesAsync(), Store.StreamRelationshipsAsync());
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
