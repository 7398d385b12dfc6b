namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private const string Article = "Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung tiếp Thứ trưởng Nguyễn Văn Hùng.\n21:40 - 20/10/2021\nHai bên đẩy mạnh hợp tác giữa Bộ LĐ-TB&XH và Việt Nam.\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<(string Store, string Article)> ArrangeAsync(string text = Article, string name = "article.txt")
    {
        var store = await Batches.CuratedStoreAsync(_folder);
        var article = _folder.File(name);
        await File.WriteAllTextAsync(article, text);
        return (store, article);
    }

    [Fact]
    public async Task Ingest_writes_a_candidate_batch_and_its_review_and_nothing_to_the_store()
    {
        var (store, article) = await ArrangeAsync();
        var before = await Kg.RunAsync("stats", "--db", store);

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "A sample", "--db", store);

        Assert.True(ingest.ExitCode == 0, ingest.Output);
        var batch = await File.ReadAllTextAsync(article + ".candidates.json");
        Assert.Contains("\"HOLDS_POSITION\"", batch);
        Assert.Contains("person:nguyen-van-hung", batch);
        Assert.Contains("\"published\": \"2021-10-20\"", batch);
        Assert.True(File.Exists(_folder.File("article.txt.review.json")));
        Assert.Equal(before.StandardOutput, (await Kg.RunAsync("stats", "--db", store)).StandardOutput);
        var import = await Kg.RunAsync("import", article + ".candidates.json", "--db", store);
        Assert.True(import.ExitCode == 0, import.Output);
    }

    [Fact]
    public async Task A_dry_run_prints_the_candidates_by_sentence_with_those_already_in_the_graph_and_writes_no_file()
    {
        var (store, article) = await ArrangeAsync();

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "A sample", "--dry-run", "--db", store);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("HOLDS_POSITION person:dao-ngoc-dung → ministry:VNM-MOLISA", ingest.StandardOutput);
        Assert.Contains("(in the graph as rel:dung-minister)", ingest.StandardOutput);
        Assert.Contains("detected: date 2021-10-20", ingest.StandardOutput);
        Assert.False(File.Exists(article + ".candidates.json"));
    }

    [Fact]
    public async Task Html_saved_from_a_page_is_read_as_its_text()
    {
        var (store, article) = await ArrangeAsync("<html><head><title>Tin tức</title><script>var x = 1;</script></head><body><p>Bộ trưởng Bộ LĐ-TB&amp;XH Đào Ngọc Dung phát biểu.</p></body></html>", "page.html");

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "News", "--dry-run", "--db", store);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("page.html: Tin tức", ingest.StandardOutput);
        Assert.Contains("Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung phát biểu.", ingest.StandardOutput);
        Assert.DoesNotContain("var x", ingest.StandardOutput);
    }

    [Fact]
    public async Task A_missing_article_is_an_error_naming_the_file()
    {
        var store = await Batches.CuratedStoreAsync(_folder);

        var ingest = await Kg.RunAsync("ingest", _folder.File("absent.txt"), "--db", store);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("absent.txt: no such file", ingest.StandardError);
    }

    [Theory]
    [InlineData("--date", "20/10/2021", "--date: ")]
    [InlineData("--url", "molisa.gov.vn", "--url: 'molisa.gov.vn' is not an absolute http(s) URL")]
    [InlineData("--language", "Vietnamese", "--language: 'Vietnamese' is not a language code")]
    [InlineData("--id", "/etc/passwd", "--id: '/etc/passwd' is not a document id")]
    public async Task Bad_metadata_is_an_error_and_writes_nothing(string option, string value, string message)
    {
        var (store, article) = await ArrangeAsync();

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "A sample", option, value, "--db", store);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains(message, ingest.StandardError);
        Assert.False(File.Exists(article + ".candidates.json"));
    }

    [Fact]
    public async Task A_document_not_in_english_needs_its_english_title()
    {
        var (store, article) = await ArrangeAsync();

        var ingest = await Kg.RunAsync("ingest", article, "--db", store);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("--title-english", ingest.StandardError);
    }

    [Fact]
    public async Task An_existing_candidate_file_is_never_replaced_silently()
    {
        var (store, article) = await ArrangeAsync();
        await File.WriteAllTextAsync(article + ".candidates.json", "keep");

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "A sample", "--db", store);

        Assert.Equal(2, ingest.ExitCode);
        Assert.Contains("--overwrite", ingest.StandardError);
        Assert.Equal("keep", await File.ReadAllTextAsync(article + ".candidates.json"));
    }

    [Fact]
    public async Task Ingest_reads_an_existing_store_only()
    {
        var article = _folder.File("article.txt");
        await File.WriteAllTextAsync(article, Article);

        var ingest = await Kg.RunAsync("ingest", article, "--title-english", "A sample", "--db", _folder.File("absent.db"));

        Assert.Equal(3, ingest.ExitCode);
        Assert.False(File.Exists(_folder.File("absent.db")));
    }
}
