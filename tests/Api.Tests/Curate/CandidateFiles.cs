using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ingest;

namespace KnowledgeGraph.Api.Tests.Curate;

/// <summary>
/// Candidate files made by the real ingest from the Viet Nam–Laos source article, under a new document id (so each test
/// writes a document the store does not have yet), in a temp folder removed with this object.
/// </summary>
public sealed class CandidateFiles : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kg-curate-tests", Guid.NewGuid().ToString("N"));

    public CandidateFiles() => Directory.CreateDirectory(folder);

    /// <summary>Ingests the article as <paramref name="documentId"/>; the paths of the batch and of its review.</summary>
    public string[] For(string documentId)
    {
        var seed = GraphJson.ReadPath(RepositoryPaths.Seed);
        var article = seed.Documents.Single(d => d.Record.Id == "004_3fa23e6e38259ff2.txt").Record.ToDocument();
        var result = new ArticleIngester(seed.Entities.Select(e => e.Record.ToEntity())).Ingest(new IngestDocument(article with { Id = documentId }));
        var batch = CandidateBatch.From(result, documentId + ".candidates.json");
        var batchFile = Path.Combine(folder, documentId + ".candidates.json");
        var reviewFile = Path.Combine(folder, documentId + ".review.json");
        File.WriteAllText(batchFile, batch.BatchJson());
        File.WriteAllText(reviewFile, batch.ReviewJson());
        return [batchFile, reviewFile];
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
