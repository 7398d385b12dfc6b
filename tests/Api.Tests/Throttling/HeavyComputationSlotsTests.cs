using System.Net;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Throttling;

/// <summary>One heavy slot, which a test takes itself (as a running computation would) to fill the service deterministically.</summary>
public sealed class HeavyComputationSlotsTests : IAsyncLifetime
{
    private const string Betweenness = "{ influence(algorithm: BETWEENNESS, top: 3) { rank entity { id } } }";
    private readonly GraphApiFactory factory = GraphApiFactory.With(("GraphQL:Throttling:MaxHeavyComputations", "1"), ("Graph:BuildProjectionAtStart", "false")); // the one slot is the test's
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = factory.CreateClient();

        // The projection is built (in the slot) before the tests take the slot themselves.
        var projection = await client.PostAsync("""{ shortestPath(from: "person:thea-lee", to: "country:VNM") { length } }""");
        Assert.Empty(projection.Errors);
    }

    [Fact]
    public async Task A_heavy_query_while_every_slot_is_taken_is_SERVICE_BUSY_with_a_retry_hint()
    {
        using var taken = TakeTheSlot();

        var response = await client.PostAsync(Betweenness);

        Assert.Equal("SERVICE_BUSY", response.Code);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(5, response.Errors[0]["extensions"]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(5), response.RetryAfter);
    }

    [Theory]
    [InlineData("""{ paths(from: "person:thea-lee", to: "person:vilayphong-sysomvang", k: 3) { length } }""")]
    [InlineData("""{ partnerNetwork(of: "country:VNM") { nodes { id } } }""")]
    [InlineData("""{ influence(algorithm: PAGERANK, since: "2021") { rank } }""")]
    public async Task K_shortest_paths_partner_networks_and_uncached_rankings_are_heavy(string query)
    {
        using var taken = TakeTheSlot();

        var response = await client.PostAsync(query);

        Assert.Equal("SERVICE_BUSY", response.Code);
    }

    [Fact]
    public async Task A_cached_ranking_and_a_single_shortest_path_answer_while_every_slot_is_taken()
    {
        const string degree = "{ influence(algorithm: DEGREE, top: 3) { rank } }";
        Assert.Empty((await client.PostAsync(degree)).Errors);
        using var taken = TakeTheSlot();

        var cached = await client.PostAsync(degree);
        var path = await client.PostAsync("""{ shortestPath(from: "person:thea-lee", to: "person:vilayphong-sysomvang") { length } }""");

        Assert.Empty(cached.Errors);
        Assert.Empty(path.Errors);
    }

    [Fact]
    public async Task The_heavy_fields_of_one_request_take_turns_in_the_one_slot()
    {
        var response = await client.PostAsync("""
            {
              pagerank: influence(since: "2019") { rank }
              aroundVietnam: influence(since: "2019", around: "country:VNM") { rank }
              brokers: influence(since: "2019", algorithm: BETWEENNESS) { rank }
              paths(from: "person:thea-lee", to: "person:vilayphong-sysomvang", k: 2) { length }
            }
            """);

        Assert.Empty(response.Errors);
    }

    [Fact]
    public async Task Once_the_slot_is_free_the_refused_query_answers()
    {
        var taken = TakeTheSlot();
        Assert.Equal("SERVICE_BUSY", (await client.PostAsync(Betweenness)).Code);

        taken.Dispose();
        var response = await client.PostAsync(Betweenness);

        Assert.Empty(response.Errors);
        Assert.Equal(3, response.Data!["influence"]!.AsArray().Count);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }

    private HeavyComputation TakeTheSlot() => factory.Services.GetRequiredService<HeavyComputations>().Start(CancellationToken.None);
}
