using System.IO.Compression;
using System.Text;

using KnowledgeGraph.Export;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Cypher;
using KnowledgeGraph.Tests.Storage;

namespace KnowledgeGraph.Tests.Export;

// The Neo4j exports carry the catalogue as :Document nodes, every field and the text read back unchanged.
public sealed partial class ExportRoundTripTests
{
    private Task<WriteOutcome> WriteDocumentsAsync() => _store.WriteAsync(new GraphBatch([], []) with { Documents = [SampleDocuments.Article, SampleDocuments.Page] });

    [Fact]
    public async Task Neo4j_csv_has_a_documents_file_of_Document_nodes_that_reads_back_as_the_catalogue()
    {
        await WriteDocumentsAsync();
        using var zip = new ZipArchive(new MemoryStream(await ExportAsync("neo4j-csv")));
        var rows = Csv.Parse(Read(zip, Neo4jCsvGraphExporter.DocumentsFile));

        Assert.Equal(["id:ID", ":LABEL", "title", "titleEnglish", "publisher", "published", "language", "url", "excerptTaken", "note", "text"], rows[0]);
        Assert.Equal([SampleDocuments.Page, SampleDocuments.Article], rows.Skip(1).Select(row =>
        {
            Assert.Equal("Document", row[1]);
            string? Field(int i) => row[i].Length == 0 ? null : row[i];
            return new Document
            {
                Id = row[0], Title = row[2], TitleEnglish = Field(3), Publisher = Field(4), Published = Field(5) is { } p ? PartialDate.Parse(p) : null,
                Language = row[6], Url = Field(7), ExcerptTaken = Field(8) is { } t ? PartialDate.Parse(t) : null, Note = Field(9), Text = Field(10),
            };
        }));
        Assert.Contains($"--nodes={Neo4jCsvGraphExporter.DocumentsFile}", Read(zip, "import.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cypher_script_merges_every_document_and_parses_with_neo4js_parser()
    {
        await WriteDocumentsAsync();
        var script = Encoding.UTF8.GetString(await ExportAsync("cypher"));
        var file = Path.Combine(_folder.FullName, "export-documents.cypher");
        await File.WriteAllTextAsync(file, script);

        var lint = await CypherLint.RunAsync([file]);

        Assert.Empty(lint.ErrorLines);
        Assert.Equal([SampleDocuments.Page, SampleDocuments.Article], script.Split('\n').Where(l => l.StartsWith("MERGE (d:`Document`", StringComparison.Ordinal)).Select(ReadDocument));
    }

    private static Document ReadDocument(string line)
    {
        var reader = new CypherLiteralReader(line);
        reader.Expect("MERGE (d:`Document` {id: ");
        var id = reader.ReadString();
        reader.Expect("}) SET d = ");
        var map = reader.ReadMap();
        string? Field(string key) => map.TryGetValue(key, out var value) ? (string?)value : null;
        return new Document
        {
            Id = id, Title = Field("title")!, TitleEnglish = Field("titleEnglish"), Publisher = Field("publisher"),
            Published = Field("published") is { } p ? PartialDate.Parse(p) : null, Language = Field("language")!, Url = Field("url"),
            ExcerptTaken = Field("excerptTaken") is { } t ? PartialDate.Parse(t) : null, Note = Field("note"), Text = Field("text"),
        };
    }
}
