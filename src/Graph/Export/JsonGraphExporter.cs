using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Export;

/// <summary>The seed's own batch format, so an export re-imports into an identical store.</summary>
public sealed class JsonGraphExporter : IGraphExporter
{
    public string Format => "json";

    public string Extension => "json";

    public Task WriteAsync(IGraphStore store, Stream output, CancellationToken cancellationToken = default) =>
        GraphJson.WriteAsync(
            output, store.StreamDocumentsAsync(cancellationToken), store.StreamEntitiesAsync(cancellationToken), store.StreamRelationshipsAsync(cancellationToken), cancellationToken);
}
