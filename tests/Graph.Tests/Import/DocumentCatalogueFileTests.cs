using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Import;

/// <summary>A catalogue in a batch file names each document's text file; the import reads it, the header left out.</summary>
public sealed class DocumentCatalogueFileTests : SqliteStoreTest
{
    private const string Excerpt = """
        ---
        url: https://example.org/mou
        title: MoU signed
        excerpted: 2026-12-01
        ---
        Seoul (VNA) – The deal was inked in Sejong city on December 8.
        """;

    private const string Catalogue = """
        {
          "documents": [
            { "id": "mou.txt", "title": "MoU signed", "language": "en", "url": "https://example.org/mou", "excerptTaken": "2026-12-01", "file": "sources/mou.txt" }
          ],
          "entities": [
            { "id": "agreement:mou", "kind": "AGREEMENT", "name": "MoU",
              "sources": [{ "document": "mou.txt", "url": "https://example.org/mou", "quote": "The deal was inked in Sejong city", "language": "en" }] }
          ]
        }
        """;

    private void WriteSeed(string catalogue = Catalogue)
    {
        Directory.CreateDirectory(Folder.File("sources"));
        File.WriteAllText(Folder.File("sources/mou.txt"), Excerpt);
        File.WriteAllText(Folder.File("batch.json"), catalogue);
    }

    [Fact]
    public async Task The_named_file_becomes_the_documents_text_without_its_header()
    {
        WriteSeed();

        var result = await Importer.ImportPathAsync(Folder.Path);

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        var document = (await Store.GetDocumentsAsync(["mou.txt"]))["mou.txt"];
        Assert.Equal("Seoul (VNA) – The deal was inked in Sejong city on December 8.", document.Text);
        Assert.Equal("https://example.org/mou", document.Url);
    }

    [Fact]
    public async Task Importing_a_catalogue_twice_changes_nothing_and_its_export_reimports_unchanged()
    {
        WriteSeed();
        await Importer.ImportPathAsync(Folder.Path);
        var content = await ContentAsync();

        var again = await Importer.ImportPathAsync(Folder.Path);
        File.WriteAllText(Folder.File("export.json"), content);
        var reimported = await Importer.ImportPathAsync(Folder.File("export.json"));

        Assert.Equal(0, again.Outcome!.Added + again.Outcome.Changed);
        Assert.Equal(0, reimported.Outcome!.Added + reimported.Outcome.Changed);
        Assert.Contains("\"documents\"", content, StringComparison.Ordinal);
        Assert.Equal(content, await ContentAsync());
    }

    [Fact]
    public void A_missing_text_file_is_reported_on_the_records_file_field()
    {
        WriteSeed(Catalogue.Replace("sources/mou.txt", "sources/gone.txt", StringComparison.Ordinal));

        var batch = GraphJson.ReadPath(Folder.File("batch.json"));

        var error = Assert.Single(batch.Errors);
        Assert.Equal(("batch.json $.documents[0]", "file", "sources/gone.txt"), (error.Location, error.Field, error.Value));
        Assert.Empty(batch.Documents);
    }

    [Fact]
    public void A_text_file_outside_the_catalogues_folder_is_refused()
    {
        WriteSeed(Catalogue.Replace("sources/mou.txt", "../mou.txt", StringComparison.Ordinal));

        var batch = GraphJson.ReadPath(Folder.File("batch.json"));

        Assert.Contains("must be in the catalogue's folder", Assert.Single(batch.Errors).Message);
    }

    [Fact]
    public void A_header_that_is_never_closed_is_an_error_not_text()
    {
        Assert.Throws<FormatException>(() => DocumentText.Parse("---\nurl: https://example.org\nThe text."));
        Assert.Equal("No header.\n---\n", DocumentText.Parse("No header.\n---\n").Text);
    }
}
