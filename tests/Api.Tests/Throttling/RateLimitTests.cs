using System.Net;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Throttling;

/// <summary>Two permits per client in a window of an hour, so no permit comes back while a test runs.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private const string Heavy = """{ paths(from: "person:thea-lee", to: "country:VNM", k: 2) { length } }""";
    private const string Mutation = """mutation { deleteRelationship(id: "rel:none") }""";
    private readonly GraphApiFactory factory = GraphApiFactory.With(
        ("GraphQL:Throttling:RateLimitPermits", "2"), ("GraphQL:Throttling:RateLimitWindow", "01:00:00"));
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_heavy_query_beyond_the_permits_is_RATE_LIMITED_with_429_and_Retry_After()
    {
        Assert.Empty((await client.PostAsync(Heavy)).Errors);
        Assert.Empty((await client.PostAsync(Heavy)).Errors);

        var refused = await client.PostAsync(Heavy);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("RATE_LIMITED", refused.Code);
        Assert.Null(refused.Data);
        Assert.InRange(refused.RetryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.True(refused.Errors[0]["extensions"]!["retryAfterSeconds"]!.GetValue<int>() >= 1);
    }

    [Fact]
    public async Task Light_queries_take_no_permit_and_still_answer_once_the_permits_are_used()
    {
        for (var i = 0; i < 5; i++)
            Assert.Empty((await client.PostAsync("""{ entity(id: "country:VNM") { id } }""")).Errors);
        await client.PostAsync(Heavy);
        await client.PostAsync(Heavy);
        Assert.Equal("RATE_LIMITED", (await client.PostAsync(Heavy)).Code);

        var light = await client.PostAsync("""{ shortestPath(from: "person:thea-lee", to: "country:VNM") { length } }""");

        Assert.Empty(light.Errors);
    }

    [Fact]
    public async Task Mutations_count_against_the_API_key_apart_from_anonymous_clients()
    {
        await client.PostAsync(Heavy);
        await client.PostAsync(Heavy);
        Assert.Equal("RATE_LIMITED", (await client.PostAsync(Heavy)).Code);

        var first = await client.PostAsync(Mutation, apiKey: GraphApiFactory.ApiKey);
        var second = await client.PostAsync(Mutation, apiKey: GraphApiFactory.ApiKey);
        var third = await client.PostAsync(Mutation, apiKey: GraphApiFactory.ApiKey);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Equal((HttpStatusCode.TooManyRequests, "RATE_LIMITED"), (third.Status, third.Code));
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }
}
