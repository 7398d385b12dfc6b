using System.Net;
using System.Text.Json.Nodes;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>Liveness, readiness and the detailed report, through the HTTP pipeline.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_answers_without_running_a_check()
    {
        await using var factory = new GraphApiFactory();
        using var client = factory.CreateClient();

        using var live = await client.GetAsync("/healthz/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("alive", JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Readiness_waits_for_the_projection_which_the_first_analytics_query_builds()
    {
        await using var factory = GraphApiFactory.With(("Graph:BuildProjectionAtStart", "false"));
        using var client = factory.CreateClient();

        using var before = await client.GetAsync("/healthz/ready");
        var beforeBody = JsonNode.Parse(await before.Content.ReadAsStringAsync())!;
        await client.PostAsync("""{ shortestPath(from: "country:VNM", to: "country:KOR") { length } }""");
        using var after = await client.GetAsync("/healthz/ready");
        var afterBody = JsonNode.Parse(await after.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("Degraded", beforeBody["checks"]!["projection"]!["status"]!.GetValue<string>());
        Assert.Equal("Healthy", beforeBody["checks"]!["store"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal("ready", afterBody["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_projection_is_built_at_start_up_without_a_query()
    {
        await using var factory = new GraphApiFactory();
        using var client = factory.CreateClient();

        // The build runs in the background after start-up; the bound only stops a hang.
        var ready = false;
        for (var attempt = 0; attempt < 600 && !ready; attempt++)
        {
            using var answer = await client.GetAsync("/healthz/ready");
            ready = answer.StatusCode == HttpStatusCode.OK;
            if (!ready)
                await Task.Delay(100);
        }

        var report = JsonNode.Parse(await client.GetStringAsync("/healthz"))!;
        Assert.True(ready, "the projection was not built after start-up");
        Assert.Equal("built", report["projection"]!["status"]!.GetValue<string>());
        Assert.Equal(report["store"]!["version"]!.GetValue<long>(), report["projection"]!["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_report_names_the_store_kind_and_what_the_seed_did()
    {
        await using var factory = new GraphApiFactory();
        using var client = factory.CreateClient();

        using var answer = await client.GetAsync("/healthz");
        var report = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("ok", report["status"]!.GetValue<string>());
        Assert.Equal("sqlite", report["store"]!["kind"]!.GetValue<string>());
        Assert.True(report["store"]!["entities"]!.GetValue<int>() > 0);
        Assert.Equal("seeded", report["seed"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_refused_seed_makes_the_service_degraded_and_not_ready_and_says_which_record()
    {
        var seed = Directory.CreateTempSubdirectory("kg-bad-seed-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(seed.FullName, "broken.json"),
                """{ "entities": [ { "id": "country:XXX", "kind": "NOT_A_KIND", "name": "Nowhere" } ] }""");
            await using var factory = GraphApiFactory.With(("Graph:SeedPath", seed.FullName));
            using var client = factory.CreateClient();

            using var report = await client.GetAsync("/healthz");
            var body = JsonNode.Parse(await report.Content.ReadAsStringAsync())!;
            using var ready = await client.GetAsync("/healthz/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, report.StatusCode);
            Assert.Equal("degraded", body["status"]!.GetValue<string>());
            Assert.Equal("failed", body["seed"]!["status"]!.GetValue<string>());
            Assert.Contains("broken.json", body["seed"]!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.DoesNotContain(seed.FullName, body.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        finally
        {
            seed.Delete(recursive: true);
        }
    }
}
