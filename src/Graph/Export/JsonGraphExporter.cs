using System.Runtime.CompilerServices;

using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>The seed's own batch format, so an export re-imports into an identical store.</summary>
internal sealed class JsonGraphExporter : IGraphExporter
{
    public string Format => "json";

    public string Extension => "json";

    public bool IsArchive => false;

    public async Task<ExportCounts> WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default)
    {
        var entities = new StrongBox<long>();
        var relationships = new StrongBox<long>();
        await GraphJson.WriteAsync(
            output, store.StreamDocumentsAsync(cancellationToken), Counted(store.StreamEntitiesAsync(cancellationToken), entities),
            Counted(store.StreamRelationshipsAsync(cancellationToken), relationships), cancellationToken);
        return new ExportCounts(entities.Value, relationships.Value);
    }

    private static async IAsyncEnumerable<T> Counted<T>(IAsyncEnumerable<T> items, StrongBox<long> count)
    {
        await foreach (var item in items)
        {
            count.Value++;
            yield return item;
        }
    }
}
