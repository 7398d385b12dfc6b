using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary>After a write, analytics answer at once from the previous projection and say so; the rebuilt one follows.</summary>
public sealed class AnswerWhileBuildingTests
{
    private const string Path = """{ shortestPath(from: "country:USA", to: "country:LAO") { length } }""";

    [Fact]
    public async Task A_path_asked_right_after_a_write_names_the_projection_version_that_answered()
    {
        await using var factory = new GraphApiFactory();
        using var client = factory.CreateClient();
        var before = await client.PostAsync(Path);
        var write = await client.PostAsync(
            "mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }",
            new
            {
                input = new
                {
                    type = "COOPERATES_WITH", from = "country:USA", to = "country:LAO", validFrom = "2024",
                    sources = new[] { new { url = "https://example.org/usa-lao", quote = "The United States and Laos cooperate.", language = "en" } },
                },
            },
            GraphApiFactory.ApiKey);
        var during = await client.PostAsync(Path);
        var newVersion = HealthVersion(await client.GetStringAsync("/healthz"));

        // The rebuilt projection is ready once a query is answered from it; the bound only stops a hang.
        GraphQLResponse after = during;
        for (var attempt = 0; attempt < 300 && Version(after) != newVersion; attempt++)
        {
            await Task.Delay(100);
            after = await client.PostAsync(Path);
        }

        Assert.Empty(write.Errors);
        Assert.Equal(Version(before), Version(during));
        Assert.True(Version(during) < newVersion, "the path right after the write was not answered from the previous projection");
        Assert.Equal(before.Data!["shortestPath"]!["length"]!.GetValue<int>(), during.Data!["shortestPath"]!["length"]!.GetValue<int>());
        Assert.Equal(newVersion, Version(after));
        Assert.Equal(1, after.Data!["shortestPath"]!["length"]!.GetValue<int>());
    }

    private static long Version(GraphQLResponse response) => response.Body["extensions"]!["projectionVersion"]!.GetValue<long>();

    private static long HealthVersion(string health) => System.Text.Json.Nodes.JsonNode.Parse(health)!["store"]!["version"]!.GetValue<long>();
}
