using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Seed;

/// <summary>The curated catalogue: who published each document and when, in which language, with its text kept verbatim.</summary>
public sealed class CuratedCatalogueTests : SqliteStoreTest
{
    private const string FactSheet = "public-facts.md";
    private static readonly string WebExcerpts = Path.Combine(RepositoryPaths.Seed, "sources", "web");

    private async Task<List<Document>> CatalogueAsync()
    {
        var result = await Importer.ImportPathAsync(RepositoryPaths.Seed);
        Assert.Empty(result.Errors.Select(e => e.ToString()));
        var documents = new List<Document>();
        await foreach (var document in Store.StreamDocumentsAsync())
            documents.Add(document);
        return documents;
    }

    private async Task<List<(string Id, Source Source)>> SourcesAsync()
    {
        var sources = new List<(string, Source)>();
        await foreach (var entity in Store.StreamEntitiesAsync())
            sources.AddRange(entity.Sources.Select(s => (entity.Id, s)));
        await foreach (var relationship in Store.StreamRelationshipsAsync())
            sources.AddRange(relationship.Sources.Select(s => (relationship.Id, s)));
        return sources;
    }

    [Fact]
    public async Task Every_document_has_a_title_a_language_its_text_and_an_English_title_when_not_in_English()
    {
        var documents = await CatalogueAsync();

        Assert.Contains(documents, d => d.Id == "public-facts.md");
        Assert.Equal(5, documents.Count(d => d.Id.EndsWith(".txt", StringComparison.Ordinal) && d.Url is null));
        Assert.All(documents, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.Matches("^[a-z]{2,3}$", d.Language);
            Assert.False(string.IsNullOrWhiteSpace(d.Text), $"{d.Id} has no text");
            Assert.True(d.Language == "en" || d.TitleEnglish is not null, $"{d.Id} is in {d.Language} without an English title");
        });
    }

    [Fact]
    public async Task Every_web_excerpt_is_catalogued_with_the_address_title_and_date_its_header_gives()
    {
        var documents = (await CatalogueAsync()).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var files = Directory.GetFiles(WebExcerpts, "*.txt");

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var name = Path.GetFileName(file);
            Assert.True(documents.TryGetValue(name, out var document), $"{name} is not in seed/documents.json");
            var excerpt = DocumentText.Read(file);
            Assert.Equal(excerpt.Header["url"], document.Url);
            Assert.Equal(excerpt.Header["title"], document.Title);
            Assert.Equal(excerpt.Header["excerpted"], document.ExcerptTaken?.ToString());
            Assert.Equal(excerpt.Text, document.Text);
        });
    }

    [Fact]
    public async Task Every_web_source_cites_the_excerpt_kept_of_its_page_and_none_quotes_the_fact_sheet()
    {
        var documents = (await CatalogueAsync()).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var factSheet = documents[FactSheet].Text!;

        var web = (await SourcesAsync()).Where(s => s.Source.Url is not null).ToList();

        Assert.NotEmpty(web);
        Assert.All(web, s =>
        {
            Assert.True(s.Source.Document is { } id && documents.TryGetValue(id, out var page) && page.Url == s.Source.Url,
                $"{s.Id} cites {s.Source.Url} without the excerpt catalogued for that address");
            Assert.False(QuoteSearch.Contains(factSheet, s.Source.Quote), $"{s.Id} gives the fact sheet's words as the words of {s.Source.Url}: {s.Source.Quote}");
        });
    }

    [Fact]
    public async Task The_fact_sheet_is_cited_as_a_document_never_as_a_page()
    {
        await CatalogueAsync();

        var citing = (await SourcesAsync()).Where(s => s.Source.Document == FactSheet).ToList();

        Assert.NotEmpty(citing);
        Assert.All(citing, s => Assert.True(s.Source.Url is null, $"{s.Id} cites the fact sheet with the url {s.Source.Url}"));
    }

    [Fact]
    public async Task Every_quote_not_in_English_has_the_curators_English_translation()
    {
        await CatalogueAsync();

        var untranslated = (await SourcesAsync())
            .Where(s => s.Source.Language != "en" && string.IsNullOrWhiteSpace(s.Source.Translation))
            .Select(s => $"{s.Id} ({s.Source.Language}): {s.Source.Quote}");

        Assert.Empty(untranslated);
    }

    [Fact]
    public async Task The_articles_and_the_fact_sheet_are_stored_exactly_as_their_files()
    {
        var documents = (await CatalogueAsync()).Where(d => d.Url is null).ToList();

        Assert.All(documents, d => Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "sources", d.Id)), d.Text));
    }
}
