using KnowledgeGraph.Import;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Ingest;

/// <summary>The candidates of the five source articles, against the real texts and a real store holding the curated entities.</summary>
public sealed class CandidateQuoteTests : SqliteStoreTest
{
    private static readonly string[] Articles =
        ["000_dd6f86b4935b901b.txt", "001_7453ac8fb6f0193d.txt", "002_a0e9fa8c0207b20a.txt", "003_1055f0f32c8f4b75.txt", "004_3fa23e6e38259ff2.txt"];

    private static readonly Lazy<IReadOnlyList<(IngestResult Result, ArticleScore Score)>> Evaluation =
        new(() => CuratedEvaluation.Run(RepositoryPaths.Seed, Articles));

    [Fact]
    public void Every_quote_of_every_candidate_is_the_documents_own_words()
    {
        foreach (var (result, _) in Evaluation.Value)
        {
            var batch = CandidateBatch.From(result, "x.candidates.json");
            var quotes = batch.Relationships.SelectMany(r => r.Sources!).Concat(batch.Entities.SelectMany(e => e.Sources!)).ToList();
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.Contains(q.Quote!, result.Document.Text, StringComparison.Ordinal));
            Assert.All(batch.Review.Mentions, m => Assert.Equal(m.Text, result.Document.Text[m.Start..m.End]));
        }
    }

    [Fact]
    public async Task The_candidate_batch_of_each_article_imports_as_it_stands()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);
        foreach (var (result, _) in Evaluation.Value)
        {
            var batch = CandidateBatch.From(result, "x.candidates.json");
            var records = GraphJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(batch.BatchJson())), result.Document.Id);

            var import = await Importer.ImportAsync(records, dryRun: true);

            Assert.True(import.Succeeded, string.Join("\n", import.Errors.Take(5)));
        }
    }

    [Fact]
    public void The_ingest_finds_the_curated_facts_above_a_floor()
    {
        var scores = Evaluation.Value.Select(e => e.Score).ToList();
        var recall = (double)scores.Sum(s => s.Found) / scores.Sum(s => s.Curated);
        var precision = (double)scores.Sum(s => s.Matching) / scores.Sum(s => s.Candidates);
        var linking = (double)scores.Sum(s => s.GoodLinks) / scores.Sum(s => s.Links);

        Assert.True(recall >= 0.65, $"recall {recall:0.00}");
        Assert.True(precision >= 0.6, $"precision {precision:0.00}");
        Assert.True(linking >= 0.95, $"linking precision {linking:0.00}");
    }
}
