using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Sources;

#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit always calls
/// <summary>Documents written through GraphQL meet the import's rules; facts citing them are checked against their text.</summary>
public sealed class DocumentMutationTests : IAsyncLifetime
{
    private const string UpsertDocument = "mutation($input: DocumentInput!) { upsertDocument(input: $input) { id title viewer } }";
    private const string UpsertEntity = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id sources { document viewer } } }";
    private const string Text = "Hà Nội (TTXVN) - Hai bên đã ký Bản ghi nhớ về hợp tác lao động.\nBản ghi nhớ có hiệu lực ngay.";

    private static readonly object Document = new
    {
        input = new { id = "test-mou-2024.txt", title = "Ký Bản ghi nhớ về hợp tác lao động", titleEnglish = "An MoU on labour cooperation is signed", language = "vi", text = Text },
    };

    private readonly GraphApiFactory factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private static object Citing(string document, string quote) => new
    {
        input = new
        {
            id = "agreement:test-mou-2024",
            kind = "AGREEMENT",
            name = "Test MoU",
            sources = new[] { new { document, quote, language = "vi" } },
        },
    };

    private static List<string> Fields(GraphQLResponse response) =>
        response.Errors[0]["extensions"]!["failures"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task A_document_written_through_GraphQL_is_catalogued_and_can_be_cited_by_its_words()
    {
        var written = await client.PostAsync(UpsertDocument, Document, GraphApiFactory.ApiKey);
        var cited = await client.PostAsync(UpsertEntity, Citing("test-mou-2024.txt", "Hai bên đã ký Bản ghi nhớ về hợp tác lao động."), GraphApiFactory.ApiKey);

        Assert.Empty(written.Errors);
        Assert.Equal("/sources/test-mou-2024.txt", written.Data!["upsertDocument"]!["viewer"]!.GetValue<string>());
        Assert.Empty(cited.Errors);
        Assert.StartsWith("/sources/test-mou-2024.txt#q-", cited.Data!["upsertEntity"]!["sources"]![0]!["viewer"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Citing_an_unknown_document_is_a_validation_error_on_the_sources_document_field()
    {
        var response = await client.PostAsync(UpsertEntity, Citing("never-catalogued.txt", "Hai bên đã ký"), GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal(["input.sources[0].document"], Fields(response));
        Assert.Equal("NOT_FOUND", (await client.PostAsync("""{ entity(id: "agreement:test-mou-2024") { id } }""")).Code);
    }

    [Fact]
    public async Task A_quote_not_found_verbatim_in_the_stored_text_is_a_validation_error_on_the_quote_field()
    {
        await client.PostAsync(UpsertDocument, Document, GraphApiFactory.ApiKey);

        var response = await client.PostAsync(UpsertEntity, Citing("test-mou-2024.txt", "Hai bên đã ký Hiệp định"), GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal(["input.sources[0].quote"], Fields(response));
    }

    [Fact]
    public async Task A_new_text_that_loses_a_cited_quote_is_refused_on_the_text_field_and_the_old_text_stays()
    {
        await client.PostAsync(UpsertDocument, Document, GraphApiFactory.ApiKey);
        await client.PostAsync(UpsertEntity, Citing("test-mou-2024.txt", "Bản ghi nhớ có hiệu lực ngay."), GraphApiFactory.ApiKey);

        var response = await client.PostAsync(UpsertDocument, new { input = new { id = "test-mou-2024.txt", title = "Khác", titleEnglish = "Other", language = "vi", text = "Một văn bản khác." } }, GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal(["input.text"], Fields(response));
        var stored = await client.PostAsync("""{ document(id: "test-mou-2024.txt") { text } }""");
        Assert.Equal(Text, stored.Data!["document"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_not_in_English_without_an_English_title_is_refused()
    {
        var response = await client.PostAsync(UpsertDocument, new { input = new { id = "x.txt", title = "Tiêu đề", language = "vi" } }, GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal(["input.titleEnglish"], Fields(response));
    }
}
