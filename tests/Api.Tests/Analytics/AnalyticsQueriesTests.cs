using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Analytics;

public sealed class AnalyticsQueriesTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string PathFields = "length entities { id } relationships { id type from { id } to { id } validFrom validTo sources { document url quote language } }";

    [Fact]
    public async Task ShortestPath_joins_Thea_Lee_to_Vilayphong_Sysomvang_with_a_quoted_source_on_every_hop()
    {
        var (status, body) = await PostAsync($$"""{ shortestPath(from: "person:thea-lee", to: "person:vilayphong-sysomvang") { {{PathFields}} } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        var path = body.GetProperty("data").GetProperty("shortestPath");
        var entities = path.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        var hops = path.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Equal("person:thea-lee", entities[0]);
        Assert.Equal("person:vilayphong-sysomvang", entities[^1]);
        Assert.Equal(path.GetProperty("length").GetInt32(), hops.Count);
        Assert.All(hops, hop => Assert.Contains(hop.GetProperty("sources").EnumerateArray(), s => s.GetProperty("quote").GetString()!.Length > 0));
    }

    [Fact]
    public async Task Paths_come_shortest_first_and_differ_from_each_other()
    {
        var (_, body) = await PostAsync($$"""{ paths(from: "person:thea-lee", to: "person:vilayphong-sysomvang", k: 3) { {{PathFields}} } }""");

        var paths = body.GetProperty("data").GetProperty("paths").EnumerateArray().ToList();
        var lengths = paths.Select(p => p.GetProperty("length").GetInt32()).ToList();
        Assert.NotEmpty(paths);
        Assert.Equal(lengths.Order(), lengths);
        Assert.Equal(paths.Count, paths.Select(p => string.Join(">", p.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()))).Distinct().Count());
    }

    [Fact]
    public async Task A_window_before_any_relationship_leaves_no_path()
    {
        var (status, body) = await PostAsync("""{ shortestPath(from: "person:thea-lee", to: "person:vilayphong-sysomvang", until: "1950") { length } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("shortestPath").ValueKind);
        Assert.False(body.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task More_than_ten_hops_is_refused_with_the_hops_limit_code()
    {
        var (_, body) = await PostAsync("""{ shortestPath(from: "person:thea-lee", to: "country:VNM", maxHops: 11) { length } }""");

        var error = body.GetProperty("errors")[0];
        Assert.Equal("HOPS_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("shortestPath", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task A_hops_limit_raised_in_configuration_is_the_one_the_engine_holds_paths_to()
    {
        await using var raised = GraphApiFactory.With(("GraphQL:Limits:MaxHops", "20"));

        var (status, body) = await PostAsync(raised, """{ shortestPath(from: "person:thea-lee", to: "person:vilayphong-sysomvang", maxHops: 15) { length } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
    }

    [Fact]
    public async Task An_unknown_entity_of_a_path_is_not_found_with_its_id()
    {
        var (_, body) = await PostAsync("""{ paths(from: "person:nobody-at-all", to: "country:VNM") { length } }""");

        Assert.Equal("person:nobody-at-all", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_entity_is_not_found()
    {
        var (_, body) = await PostAsync("""{ paths(from: "person:nobody-at-all", to: "country:VNM") { length } }""");

        Assert.Equal("NOT_FOUND", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Influence_lists_ranked_entities_of_the_kinds_asked_for()
    {
        var (_, body) = await PostAsync("""{ influence(since: "2020", kinds: [MINISTRY, COUNTRY], top: 5) { rank score entity { id kind } } }""");

        var ranking = body.GetProperty("data").GetProperty("influence").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, ranking.Count), ranking.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.InRange(ranking.Count, 1, 5);
        Assert.All(ranking, r => Assert.Contains(r.GetProperty("entity").GetProperty("kind").GetString(), (string[])["MINISTRY", "COUNTRY"]));
        var scores = ranking.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Personalised_influence_around_an_entity_and_betweenness_and_degree_answer()
    {
        foreach (var arguments in new[] { """around: "country:VNM" """, "algorithm: BETWEENNESS", "algorithm: DEGREE" })
        {
            var (_, body) = await PostAsync($$"""{ influence({{arguments}}, top: 3) { rank score entity { id } } }""");

            Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
            Assert.Equal(3, body.GetProperty("data").GetProperty("influence").GetArrayLength());
        }
    }

    [Fact]
    public async Task Around_with_degree_is_a_validation_error_naming_the_argument()
    {
        var (_, body) = await PostAsync("""{ influence(algorithm: DEGREE, around: "country:VNM") { rank } }""");

        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("VALIDATION_ERROR", extensions.GetProperty("code").GetString());
        Assert.Equal("around", extensions.GetProperty("field").GetString());
    }

    private Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query) => PostAsync(factory, query);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(GraphApiFactory api, string query)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body);
    }
}
