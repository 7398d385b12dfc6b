using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ingest;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.Tests.Curate;

/// <summary>
/// The seeded API on Kestrel, a headless Chromium, and candidate files made by the real ingest from one of the source
/// articles (under a new document id, so each test writes a document the store does not have yet).
/// </summary>
public sealed class CurateFixture : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "kg-curate-tests", Guid.NewGuid().ToString("N"));
    private BrowserSession? browser;

    public GraphApiFactory Server { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        Server.StartOnKestrel();
        browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>Ingests the Viet Nam–Laos article as <paramref name="documentId"/> and writes its two candidate files.</summary>
    public string[] CandidateFiles(string documentId)
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

    public async Task<(IPage Page, List<string> Errors)> OpenAsync()
    {
        var context = await (browser ?? throw new InvalidOperationException("the fixture has not started")).Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress!.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/curate");
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        await Server.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
