using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Seed;

/// <summary>The curated catalogue: who published each document and when, in which language, with its text kept verbatim.</summary>
public sealed class CuratedCatalogueTests : SqliteStoreTest
{
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
    public async Task The_articles_and_the_fact_sheet_are_stored_exactly_as_their_files()
    {
        var documents = (await CatalogueAsync()).Where(d => d.Url is null).ToList();

        Assert.All(documents, d => Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "sources", d.Id)), d.Text));
    }
}
