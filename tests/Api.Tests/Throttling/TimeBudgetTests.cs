using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Throttling;

/// <summary>Exact betweenness on a large graph takes seconds; the execution timeout here is half a second, and one heavy slot.</summary>
[Collection(HeavyGraph.Collection)]
public sealed class TimeBudgetTests(HeavyGraph graph)
{
    [Fact]
    public async Task A_heavy_query_over_the_time_budget_is_TIMEOUT_its_computation_stops_and_the_next_query_answers()
    {
        const string betweenness = "{ influence(algorithm: BETWEENNESS) { rank } }";
        await using var factory = GraphApiFactory.With(("GraphQL:Limits:ExecutionTimeout", "00:00:00.500"), ("GraphQL:Throttling:MaxHeavyComputations", "1"), ("Graph:BuildProjectionAtStart", "false"));
        graph.CopyTo(factory.DatabasePath);
        await factory.Services.GetRequiredService<GraphAnalytics>().DescribeAsync();
        var heavy = factory.Services.GetRequiredService<HeavyComputations>();
        using var client = factory.CreateClient();

        var cut = await client.PostAsync(betweenness);
        var next = await client.PostAsync("""{ entity(id: "country:AAA") { id } }""");

        Assert.Equal("TIMEOUT", cut.Code);
        Assert.Equal("country:AAA", next.Data!["entity"]!["id"]!.GetValue<string>());

        // Nobody waits for the cut computation any more, so it is cancelled and frees its slot; the bound only stops a hang.
        Assert.True(SpinWait.SpinUntil(() => heavy.Running == 0, TimeSpan.FromMinutes(1)));

        // Had it run on to the end its scores would be cached and answer without a slot; cancelled, they need one.
        using var taken = heavy.Start(CancellationToken.None);
        Assert.Equal("SERVICE_BUSY", (await client.PostAsync(betweenness)).Code);
    }
}
