using System.Runtime.CompilerServices;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Neo4j;

// The document catalogue's reads; its writes are part of a batch's one transaction (Neo4jBatchWrite).
internal sealed partial class Neo4jGraphStore
{
    private static readonly CypherStatement DocumentsByIds = CypherCatalog.Get("documents-by-ids");
    private static readonly CypherStatement DocumentsPage = CypherCatalog.Get("documents-page");
    private static readonly CypherStatement EntitiesCiting = CypherCatalog.Get("entities-citing");
    private static readonly CypherStatement RelationshipsCiting = CypherCatalog.ForAllTypes("relationships-citing");

    public async Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
            return new Dictionary<string, Document>();
        var result = await _client.ReadAsync(DocumentsByIds, new Dictionary<string, object?> { ["ids"] = ids.Distinct().ToArray() }, cancellationToken);
        return Neo4jDocuments.Read(result).ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public async IAsyncEnumerable<Document> StreamDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = string.Empty;
        while (true)
        {
            var page = Neo4jDocuments.Read(await _client.ReadAsync(DocumentsPage, Page(after), cancellationToken));
            foreach (var document in page)
                yield return document;
            if (page.Count < _options.PageSize)
                yield break;
            after = page[^1].Id;
        }
    }

    public async Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["id"] = documentId };
        var entities = ReadEntities(await _client.ReadAsync(EntitiesCiting, parameters, cancellationToken));
        var relationships = ReadRelationships(await _client.ReadAsync(RelationshipsCiting, parameters, cancellationToken));
        return Citations.Of(documentId, entities, relationships);
    }
}
