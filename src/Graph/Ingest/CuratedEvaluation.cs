using KnowledgeGraph.Import;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Runs the ingest over the articles of a curated dataset folder (<c>seed/</c>) and scores each against the
/// relationships the curators quote from it. The ingest knows the dataset's entities (names, localised names and
/// aliases) but none of its relationships, as it would know a store's.
/// </summary>
public static class CuratedEvaluation
{
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
            var record = batch.Documents.Select(d => d.Record).Single(d => d.Id == id);
            var document = new IngestDocument
            {
                Id = id,
                Title = record.Title!,
                TitleEnglish = record.TitleEnglish,
                Publisher = record.Publisher,
                Published = record.Published is null ? DocumentFacts.Published(record.Text!) : PartialDate.Parse(record.Published),
                Language = record.Language!,
                Url = record.Url,
                Text = record.Text!,
            };
            var result = ingester.Ingest(document);
            results.Add((result, CandidateScoring.Score(result, relationships, entities)));
        }

        return results;
    }
}
