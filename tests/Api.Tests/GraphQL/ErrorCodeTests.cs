using System.Net;

using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Every error the API promises has its own extensions.code (and HTTP status), and none leaks a stack trace.</summary>
public sealed class ErrorCodeTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task An_unknown_id_gives_null_and_NOT_FOUND()
    {
        var response = await client.PostAsync("""{ entity(id: "country:XXX") { id } }""");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("NOT_FOUND", response.Code);
        Assert.Null(response.Data!["entity"]);
    }

    [Fact]
    public async Task An_unknown_actor_of_a_cooperation_query_is_NOT_FOUND()
    {
        var response = await client.PostAsync("""{ timeline(of: "person:nobody") { id } }""");

        Assert.Equal("NOT_FOUND", response.Code);
        Assert.DoesNotContain("   at ", response.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_window_ending_before_it_starts_is_a_VALIDATION_ERROR_naming_the_field()
    {
        var response = await client.PostAsync("""{ timeline(of: "person:thea-lee", since: "2024", until: "2020") { id } }""");

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal("until", response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_is_PAGE_SIZE_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync("""{ search(text: "a", first: 1001) { id } }""");

        Assert.Equal("PAGE_SIZE_LIMIT_EXCEEDED", response.Code);
    }

    [Fact]
    public async Task A_network_deeper_than_the_limit_is_NETWORK_DEPTH_LIMIT_EXCEEDED()
    {
        var response = await client.PostAsync("""{ partnerNetwork(of: "country:VNM", depth: 4) { nodes { id } } }""");

        Assert.Equal("NETWORK_DEPTH_LIMIT_EXCEEDED", response.Code);
    }

    [Fact]
    public async Task A_write_without_a_key_is_UNAUTHENTICATED_with_status_401()
    {
        var response = await client.PostAsync("""mutation { deleteRelationship(id: "rel:none") }""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.Code);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_REQUEST_TOO_LARGE_with_status_413()
    {
        await using var small = GraphApiFactory.With(("GraphQL:Limits:MaxRequestBytes", "200"));
        var query = $$"""{ search(text: "{{new string('a', 300)}}") { id } }""";

        var response = await small.CreateClient().PostAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.Code);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_DEPTH_LIMIT_EXCEEDED_and_nothing_runs()
    {
        await using var shallow = GraphApiFactory.With(("GraphQL:Limits:MaxDepth", "3"));

        var response = await shallow.CreateClient().PostAsync("""{ entity(id: "country:VNM") { relationships { from { relationships { id } } } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("DEPTH_LIMIT_EXCEEDED", response.Code);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task An_operation_costlier_than_the_limit_is_COST_LIMIT_EXCEEDED()
    {
        await using var cheap = GraphApiFactory.With(("GraphQL:Limits:MaxCost", "100"));

        var response = await cheap.CreateClient().PostAsync("""{ search(text: "a", first: 500) { id name relationships { id } } }""");

        Assert.Equal("COST_LIMIT_EXCEEDED", response.Code);
    }

    [Fact]
    public async Task A_request_running_past_the_execution_timeout_is_TIMEOUT()
    {
        var budget = new GraphQLLimitsOptions().ExecutionTimeout;
        var clock = new BudgetClock(budget);
        await using var api = new GraphApiFactory { TestServices = services => services.AddSingleton<TimeProvider>(clock) };
        api.StartOnKestrel();
        using var client = api.CreateKestrelClient();
        var body = new HeldBackBody("""{"query": "{ entity(id: \"country:VNM\") { id } }"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = body };
        request.Headers.Accept.ParseAdd(GraphQLHttp.ResponseType);

        // The request is still being read when its time budget runs out on the fake clock.
        var answer = client.SendGraphQLAsync(request);
        await clock.BudgetStarted;
        clock.Advance(budget + TimeSpan.FromSeconds(1));
        body.Release();
        var response = await answer;

        Assert.Equal((HttpStatusCode.GatewayTimeout, "TIMEOUT"), (response.Status, response.Code));
    }

    [Fact]
    public async Task A_page_size_below_one_is_a_VALIDATION_ERROR_naming_the_argument()
    {
        var response = await client.PostAsync("""{ search(text: "a", first: 0) { id } }""");

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.Equal("first", response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }
}
