using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Sources;

/// <summary>The catalogue over GraphQL: a document's record, the whole catalogue, and each source's document and viewer link.</summary>
public sealed class DocumentQueryTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string Article = "004_3fa23e6e38259ff2.txt";

    [Fact]
    public async Task A_document_answers_with_its_title_in_both_languages_its_date_language_and_viewer_page()
    {
        var response = await factory.CreateClient().PostAsync(
            "query($id: ID!) { document(id: $id) { id title titleEnglish publisher published language url excerptTaken viewer text } }", new { id = Article });

        Assert.Empty(response.Errors);
        var document = response.Data!["document"]!;
        Assert.Equal("Việt Nam – Lào đẩy mạnh hợp tác trong lao động và phúc lợi xã hội", document["title"]!.GetValue<string>());
        Assert.Equal("Viet Nam and Laos step up cooperation in labour and social welfare", document["titleEnglish"]!.GetValue<string>());
        Assert.Null(document["publisher"]);
        Assert.Equal(("2021-10-20", "vi", $"/sources/{Article}"), (document["published"]!.GetValue<string>(), document["language"]!.GetValue<string>(), document["viewer"]!.GetValue<string>()));
        Assert.StartsWith("Việt Nam – Lào đẩy mạnh hợp tác", document["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_document_is_null_with_NOT_FOUND()
    {
        var response = await factory.CreateClient().PostAsync("""{ document(id: "nothing.txt") { id } }""");

        Assert.Equal("NOT_FOUND", response.Code);
        Assert.Null(response.Data!["document"]);
    }

    [Fact]
    public async Task The_catalogue_lists_every_document_in_id_order_with_a_title_and_a_language()
    {
        var response = await factory.CreateClient().PostAsync("{ documents(first: 1000) { id title language } documentsConnection(first: 2) { totalCount } }");

        Assert.Empty(response.Errors);
        var ids = response.Data!["documents"].Ids();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains(Article, ids);
        Assert.Contains("public-facts.md", ids);
        Assert.Equal(ids.Count, response.Data["documentsConnection"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_source_resolves_its_document_record_and_links_the_viewer_at_its_quote()
    {
        var response = await factory.CreateClient().PostAsync(
            """{ entity(id: "agreement:vnm-kor-eps-mou-2023") { sources { document quote viewer documentRecord { id title viewer } } } }""");

        Assert.Empty(response.Errors);
        var source = response.Data!["entity"]!["sources"]![0]!;
        var document = source["document"]!.GetValue<string>();
        Assert.Equal(document, source["documentRecord"]!["id"]!.GetValue<string>());
        Assert.Matches($"^/sources/{System.Text.RegularExpressions.Regex.Escape(document)}#q-[0-9a-f]{{10}}$", source["viewer"]!.GetValue<string>());
    }
}
