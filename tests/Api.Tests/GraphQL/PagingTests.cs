using System.Text.Json.Nodes;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Lists that grow with the graph come in pages: plain lists stop at <c>first</c> and say so, connections page with cursors.</summary>
public sealed class PagingTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("""timelineConnection(of: "country:VNM", first: 5{0})""", """timeline(of: "country:VNM", first: 1000)""")]
    [InlineData("""partnersConnection(of: "country:VNM", first: 4{0})""", """partners(of: "country:VNM", first: 1000)""")]
    [InlineData("""agreementsConnection(involving: "country:VNM", first: 3{0})""", """agreements(involving: "country:VNM", first: 1000)""")]
    public async Task Paging_through_a_connection_gives_the_whole_list_once_in_order(string connection, string list)
    {
        var whole = await client.PostAsync($"{{ all: {list} {{ {Identity(list)} }} }}");
        var expected = whole.Data!["all"]!.AsArray().Select(Key).ToList();

        var (paged, totalCount) = await PageThroughAsync(connection);

        Assert.True(expected.Count > 5, "the seed should give this list more than one page");
        Assert.Equal(expected, paged);
        Assert.Equal(expected.Count, totalCount);
    }

    [Fact]
    public async Task Paging_through_search_gives_distinct_entities_and_ends()
    {
        var (paged, totalCount) = await PageThroughAsync("""searchConnection(text: "bo", first: 3{0})""");

        Assert.True(paged.Count > 3);
        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Null(totalCount);
    }

    [Fact]
    public async Task An_entity_s_relationships_page_like_any_connection()
    {
        var response = await client.PostAsync("""{ entity(id: "ministry:VNM-MOLISA") { relationshipsConnection(first: 10) { totalCount pageInfo { hasNextPage } nodes { id } } } }""");

        var page = response.Data!["entity"]!["relationshipsConnection"]!;
        Assert.Equal(10, page["nodes"]!.AsArray().Count);
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(page["totalCount"]!.GetValue<int>() > 10);
    }

    [Fact]
    public async Task A_plain_list_longer_than_first_returns_first_items_and_says_it_was_truncated()
    {
        var response = await client.PostAsync("""{ timeline(of: "country:VNM", first: 2) { id } }""");

        Assert.Equal(2, response.Data!["timeline"]!.AsArray().Count);
        Assert.Equal("RESULT_TRUNCATED", response.Code);
        Assert.Equal("timeline", response.Errors[0]["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plain_list_within_first_has_no_error()
    {
        var response = await client.PostAsync("""{ timeline(of: "person:thea-lee") { id } }""");

        Assert.Empty(response.Errors);
        Assert.NotEmpty(response.Data!["timeline"]!.AsArray());
    }

    [Theory]
    [InlineData("not-a-cursor")]
    [InlineData("a2c6LTE")]
    [InlineData("a2c6OTk5OTk")]
    public async Task A_cursor_that_is_not_ours_or_too_deep_is_a_VALIDATION_ERROR_naming_after(string cursor)
    {
        var response = await client.PostAsync("query($after: String) { timelineConnection(of: \"country:VNM\", after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal("after", response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_large_page_of_a_connection_counts_in_the_cost()
    {
        var response = await client.PostAsync("""{ searchConnection(text: "a", first: 1000) { nodes { relationships { from { relationships { id sources { quote } } } } } } }""");

        Assert.Equal("COST_LIMIT_EXCEEDED", response.Code);
    }

    [Fact]
    public async Task A_network_stops_at_maxNodes_and_says_it_was_truncated()
    {
        const string query = """
            { small: partnerNetwork(of: "country:VNM", depth: 2, maxNodes: 10) { truncated nodes { id } edges { from { id } to { id } } }
              whole: partnerNetwork(of: "country:VNM", depth: 1) { truncated } }
            """;

        var response = await client.PostAsync(query);

        var small = response.Data!["small"]!;
        var nodes = small["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.True(small["truncated"]!.GetValue<bool>());
        Assert.InRange(nodes.Count, 1, 10);
        Assert.All(small["edges"]!.AsArray(), e => Assert.Subset(nodes, new HashSet<string> { e!["from"]!["id"]!.GetValue<string>(), e["to"]!["id"]!.GetValue<string>() }));
        Assert.False(response.Data!["whole"]!["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_network_larger_than_the_limit_is_PAGE_SIZE_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync("""{ partnerNetwork(of: "country:VNM", maxNodes: 100000) { truncated } }""");

        Assert.Equal("PAGE_SIZE_LIMIT_EXCEEDED", response.Code);
    }

    private async Task<(List<string> Keys, int? TotalCount)> PageThroughAsync(string connectionTemplate)
    {
        var keys = new List<string>();
        string? after = null;
        int? totalCount = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var field = string.Format(System.Globalization.CultureInfo.InvariantCulture, connectionTemplate, after is null ? "" : $", after: \"{after}\"");
            var response = await client.PostAsync($"{{ page: {field} {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {Identity(field)} }} }} }}");
            Assert.Empty(response.Errors);
            var page = response.Data!["page"]!;
            keys.AddRange(page["nodes"]!.AsArray().Select(Key));
            totalCount = page["totalCount"]?.GetValue<int>();
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
                return (keys, totalCount);
            after = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        throw new InvalidOperationException("a connection that never ends");
    }

    private static string Identity(string field) => field.StartsWith("partners", StringComparison.Ordinal) ? "entity { id }" : "id";

    private static string Key(JsonNode? item) => (item!["id"] ?? item["entity"]!["id"])!.GetValue<string>();
}
