using System.Collections.Concurrent;

using KnowledgeGraph.Model;
using KnowledgeGraph.Storage.Caching;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>Per-request memo of catalogued documents by id, so the evidence of a long list reads each document once.</summary>
internal sealed class DocumentLoader(CachedGraphStore store)
{
    private readonly ConcurrentDictionary<string, Document?> loaded = new(StringComparer.Ordinal);

    public async Task<Document?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (loaded.TryGetValue(id, out var document))
            return document;
        document = (await store.GetDocumentsAsync([id], cancellationToken)).GetValueOrDefault(id);
        loaded[id] = document;
        return document;
    }
}
