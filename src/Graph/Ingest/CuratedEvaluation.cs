using KnowledgeGraph.Import;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Runs the ingest over the articles of a curated dataset folder (<c>seed/</c>) and scores each against the
/// relationships the curators quote from it. The ingest knows the dataset's entities (names, localised names and
/// aliases) but none of its relationships, as it would know a store's.
/// </summary>
public static class CuratedEvaluation
{
    /// <summary>The ingest of each article in <paramref name="articleIds"/>, with its score against the curated facts of <paramref name="seedFolder"/>.</summary>
    public static IReadOnlyList<(IngestResult Result, ArticleScore Score)> Run(string seedFolder, IEnumerable<string> articleIds)
    {
        var batch = GraphJson.ReadPath(seedFolder);
        if (batch.Errors.Count > 0)
            throw new InvalidDataException($"the dataset in {seedFolder} does not read: {batch.Errors[0]}");
        var entities = batch.Entities.Select(e => e.Record).ToList();
        var relationships = batch.Relationships.Select(r => r.Record).ToList();
        var ingester = new ArticleIngester(entities.Select(e => e.ToEntity()));
        var results = new List<(IngestResult, ArticleScore)>();
        foreach (var id in articleIds)
        {
            var catalogued = batch.Documents.Select(d => d.Record).Single(d => d.Id == id).ToDocument();
            var result = ingester.Ingest(new IngestDocument(catalogued with { Published = catalogued.Published ?? DocumentFacts.Published(catalogued.Text!) }));
            results.Add((result, CandidateScoring.Score(result, relationships, entities)));
        }

        return results;
    }
}
