using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// Requests an attacker would send, through the whole HTTP pipeline in the Development environment (where ASP.NET
/// Core's developer page would show stack traces): each is refused with its own code, never a 500 or INTERNAL_ERROR,
/// and the service answers a normal query right after.
/// </summary>
public sealed class HostileInputTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_fragment_spreading_the_next_twice_thirty_levels_down_is_COST_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync(FragmentBomb(30));

        await AssertRefusedAsync(response, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_fragment_bomb_sent_with_GET_is_refused_the_same_way()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(FragmentBomb(30)));
        request.Headers.Accept.ParseAdd(GraphQLHttp.ResponseType);

        var response = await client.SendGraphQLAsync(request);

        await AssertRefusedAsync(response, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_fragment_bomb_within_the_cost_limit_still_runs()
    {
        var response = await client.PostAsync(FragmentBomb(8));

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        Assert.Equal("Query", response.Data!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nested_introspection_is_costed_like_any_query()
    {
        var inner = "name";
        for (var level = 0; level < 6; level++)
            inner = $"name fields {{ type {{ {inner} }} }}";

        var response = await client.PostAsync($"{{ __schema {{ types {{ {inner} }} }} }}");

        await AssertRefusedAsync(response, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task The_standard_introspection_query_of_GraphiQL_passes_the_default_limits()
    {
        var query = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "tests", "Api.Tests", "GraphQL", "Fixtures", "standard-introspection.graphql"));

        var response = await client.PostAsync(query);

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        Assert.NotEmpty(response.Data!["__schema"]!["types"]!.AsArray());
    }

    [Fact]
    public async Task Twenty_thousand_repeated_fields_are_TOKEN_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 20_000)) + "}");

        await AssertRefusedAsync(response, "TOKEN_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task More_fields_than_the_limit_are_FIELD_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync("{ " + string.Concat(Enumerable.Repeat("__typename ", 1_200)) + "}");

        await AssertRefusedAsync(response, "FIELD_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task More_aliases_than_the_limit_are_ALIAS_LIMIT_EXCEEDED()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"a{i}: __typename"));

        var response = await client.PostAsync($"{{ {aliases} }}");

        await AssertRefusedAsync(response, "ALIAS_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task More_fragments_than_the_limit_are_FRAGMENT_LIMIT_EXCEEDED()
    {
        var fragments = string.Join(' ', Enumerable.Range(0, 150).Select(i => $"fragment F{i} on Query {{ __typename }}"));

        var response = await client.PostAsync($"{{ ...F0 }} {fragments}");

        await AssertRefusedAsync(response, "FRAGMENT_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Many_k_shortest_path_searches_in_one_request_are_COST_LIMIT_EXCEEDED()
    {
        var aliases = string.Join(' ', Enumerable.Range(0, 90).Select(i => $$"""p{{i}}: paths(from: "person:thea-lee", to: "country:VNM", k: 20) { length }"""));

        var response = await client.PostAsync($"{{ {aliases} }}");

        await AssertRefusedAsync(response, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_page_size_given_as_a_variable_counts_in_the_cost()
    {
        const string query = """
            query($n: Int!) { search(text: "a", first: $n) { relationships(first: 10) { from { relationships(first: 10) { id sources { quote } } } } } }
            """;

        var small = await client.PostAsync(query, new { n = 2 });
        var large = await client.PostAsync(query, new { n = 1000 });

        Assert.All(small.Codes, code => Assert.Equal("RESULT_TRUNCATED", code));
        Assert.NotEmpty(small.Data!["search"]!.AsArray());
        await AssertRefusedAsync(large, "COST_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task A_fragment_cycle_is_refused_by_validation()
    {
        var response = await client.PostAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");

        await AssertRefusedAsync(response, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task Nesting_past_the_parser_depth_is_DEPTH_LIMIT_EXCEEDED()
    {
        var nested = new string('[', 200) + "COUNTRY" + new string(']', 200);

        var response = await client.PostAsync($$"""{ search(text: "a", kinds: {{nested}}) { id } }""");

        await AssertRefusedAsync(response, "DEPTH_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Selections_past_the_parser_depth_are_DEPTH_LIMIT_EXCEEDED()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("""entity(id: "x") { """, 100)) + "id" + new string('}', 101);

        var response = await client.PostAsync(query);

        await AssertRefusedAsync(response, "DEPTH_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task Invalid_UTF8_in_a_JSON_string_is_BAD_REQUEST_without_a_stack_trace()
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"").Concat(new byte[] { 0xff, 0xfe }).Concat(Encoding.UTF8.GetBytes("\\\") { id } }\"}")).ToArray();

        var response = await SendRawAsync(body);

        await AssertRefusedAsync(response, "BAD_REQUEST");
    }

    [Theory]
    [InlineData("""[{"query":"{ __typename }"}]""")]
    [InlineData("""{"query":"{ __typename }","variables":5}""")]
    [InlineData("""{"query":5}""")]
    [InlineData("""{"query":"{ __typename }","variables":{"t":"\ud800x"}}""")]
    [InlineData("""{"query":"{ __typename }" """)]
    [InlineData("""null""")]
    public async Task A_body_that_is_not_one_GraphQL_request_is_BAD_REQUEST(string body)
    {
        var response = await SendRawAsync(Encoding.UTF8.GetBytes(body));

        await AssertRefusedAsync(response, "BAD_REQUEST");
    }

    [Fact]
    public async Task Variables_nested_past_the_JSON_depth_are_BAD_REQUEST()
    {
        var body = """{"query":"{ __typename }","variables":{"a":""" + new string('[', 500) + new string(']', 500) + "}}";

        var response = await SendRawAsync(Encoding.UTF8.GetBytes(body));

        await AssertRefusedAsync(response, "BAD_REQUEST");
    }

    [Fact]
    public async Task A_search_text_of_a_hundred_thousand_characters_is_a_VALIDATION_ERROR_naming_text()
    {
        var response = await client.PostAsync("query($t: String!) { search(text: $t) { id } }", new { t = new string('a', 100_000) });

        await AssertRefusedAsync(response, "VALIDATION_ERROR", HttpStatusCode.OK);
        Assert.Equal("text", response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_search_text_is_searched_without_it()
    {
        var response = await client.PostAsync("""{ search(text: "molisa\ud800") { id } }""");

        Assert.True(response.Errors.Count == 0, response.Body.ToJsonString());
        Assert.Contains("ministry:VNM-MOLISA", response.Data!["search"].Ids());
    }

    [Fact]
    public async Task A_huge_integer_literal_is_refused_by_validation()
    {
        var response = await client.PostAsync("""{ search(text: "a", first: 99999999999999999999) { id } }""");

        await AssertRefusedAsync(response, "GRAPHQL_VALIDATION_FAILED");
    }

    [Fact]
    public async Task An_unknown_operation_name_is_refused_with_a_code()
    {
        var response = await client.SendGraphQLAsync(Post("""{"query":"query A { __typename }","operationName":"B"}"""));

        Assert.DoesNotContain("INTERNAL_ERROR", response.Codes);
        Assert.NotEmpty(response.Codes);
        await AssertStillAnswersAsync();
    }

    [Fact]
    public async Task A_name_with_a_lone_surrogate_is_a_VALIDATION_ERROR_and_changes_nothing()
    {
        const string mutation = """
            mutation { upsertEntity(input: { id: "agreement:surrogate-test", kind: AGREEMENT, name: "Bad \ud800 name",
              sources: [{ url: "https://example.org/mou", quote: "Hai bên ký Bản ghi nhớ.", language: "vi" }] }) { id } }
            """;

        var response = await client.PostAsync(mutation, apiKey: GraphApiFactory.ApiKey);

        await AssertRefusedAsync(response, "VALIDATION_ERROR", HttpStatusCode.OK);
        await AssertAbsentAsync("agreement:surrogate-test");
    }

    [Fact]
    public async Task Property_names_that_differ_by_a_trailing_space_are_a_VALIDATION_ERROR()
    {
        var properties = new[] { new { key = "status", value = "signed" }, new { key = "status ", value = "planned" } };

        var response = await UpsertEntityAsync(new { id = "agreement:twin-keys-test", kind = "AGREEMENT", name = "Twin keys", properties, sources = Sources });

        await AssertRefusedAsync(response, "VALIDATION_ERROR", HttpStatusCode.OK);
        await AssertAbsentAsync("agreement:twin-keys-test");
    }

    [Fact]
    public async Task A_language_code_with_a_trailing_newline_is_a_VALIDATION_ERROR()
    {
        var names = new[] { new { language = "vi\n", name = "Thử nghiệm" } };

        var response = await UpsertEntityAsync(new { id = "agreement:newline-language-test", kind = "AGREEMENT", name = "Newline language", names, sources = Sources });

        await AssertRefusedAsync(response, "VALIDATION_ERROR", HttpStatusCode.OK);
        await AssertAbsentAsync("agreement:newline-language-test");
    }

    [Fact]
    public async Task Health_names_no_file_or_folder()
    {
        var health = await client.GetStringAsync("/healthz");

        Assert.DoesNotContain(Path.GetTempPath(), health, StringComparison.Ordinal);
        Assert.DoesNotContain(RepositoryPaths.Root, health, StringComparison.Ordinal);
        Assert.DoesNotContain("\"path\"", health, StringComparison.Ordinal);
    }

    private static readonly object[] Sources = [new { url = "https://example.org/mou", quote = "Hai bên ký Bản ghi nhớ.", language = "vi" }];

    private static string FragmentBomb(int levels)
    {
        var fragments = new StringBuilder($"fragment F{levels} on Query {{ __typename }} ");
        for (var level = levels - 1; level >= 0; level--)
            fragments.Append(CultureInfo.InvariantCulture, $"fragment F{level} on Query {{ ...F{level + 1} ...F{level + 1} }} ");
        return $"query Bomb {{ ...F0 }} {fragments}";
    }

    private Task<GraphQLResponse> UpsertEntityAsync(object input) =>
        client.PostAsync("mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }", new { input }, GraphApiFactory.ApiKey);

    private async Task AssertAbsentAsync(string id)
    {
        var response = await client.PostAsync("query($id: ID!) { entity(id: $id) { id } }", new { id });
        Assert.Equal("NOT_FOUND", response.Code);
    }

    private Task<GraphQLResponse> SendRawAsync(byte[] body) => client.SendGraphQLAsync(Post(body));

    private static HttpRequestMessage Post(string body) => Post(Encoding.UTF8.GetBytes(body));

    private static HttpRequestMessage Post(byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd(GraphQLHttp.ResponseType);
        return request;
    }

    private async Task AssertRefusedAsync(GraphQLResponse response, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(code, response.Code);
        Assert.Equal(status, response.Status);
        Assert.DoesNotContain("   at ", response.Body.ToJsonString(), StringComparison.Ordinal);
        await AssertStillAnswersAsync();
    }

    private async Task AssertStillAnswersAsync()
    {
        var normal = await client.PostAsync("""{ entity(id: "country:VNM") { id } }""");
        Assert.Empty(normal.Errors);
        Assert.Equal("country:VNM", normal.Data!["entity"]!["id"]!.GetValue<string>());
    }
}
