using System.Net;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit always calls
/// <summary>Writes through GraphQL: keyed, validated by the import's validators, all or nothing.</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private const string NewAgreement = """
        mutation($input: EntityInput!) { upsertEntity(input: $input) { id name date sources { quote } } }
        """;

    private static readonly object AgreementInput = new
    {
        input = new
        {
            id = "agreement:test-mou-2024",
            kind = "AGREEMENT",
            name = "Test MoU",
            date = "2024-03",
            sources = new[] { new { url = "https://example.org/mou", quote = "Hai bên ký Bản ghi nhớ.", language = "vi" } },
        },
    };

    private readonly GraphApiFactory factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task A_mutation_without_a_key_changes_nothing()
    {
        var before = await StatisticsAsync();

        var refused = await client.PostAsync(NewAgreement, AgreementInput);
        var wrongKey = await client.PostAsync(NewAgreement, AgreementInput, apiKey: "not-the-key");

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (refused.Status, refused.Code));
        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (wrongKey.Status, wrongKey.Code));
        Assert.Equal("NOT_FOUND", (await client.PostAsync("""{ entity(id: "agreement:test-mou-2024") { id } }""")).Code);
        Assert.Equal(before, await StatisticsAsync());
    }

    [Fact]
    public async Task A_mutation_with_the_key_is_stored_and_read_back()
    {
        var response = await client.PostAsync(NewAgreement, AgreementInput, GraphApiFactory.ApiKey);

        Assert.Empty(response.Errors);
        Assert.Equal("2024-03", response.Data!["upsertEntity"]!["date"]!.GetValue<string>());
        var read = await client.PostAsync("""{ entity(id: "agreement:test-mou-2024") { name } }""");
        Assert.Equal("Test MoU", read.Data!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejected_relationship_changes_nothing_and_names_every_bad_field()
    {
        var before = await StatisticsAsync();

        var response = await client.PostAsync(
            "mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }",
            new { input = new { type = "SIGNED", from = "ministry:VNM-MOLISA", to = "agreement:does-not-exist", validFrom = "2023-13", sources = Array.Empty<object>() } },
            GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        var fields = response.Errors[0]["extensions"]!["failures"]!.AsArray().Select(f => f!["field"]!.GetValue<string>()).ToList();
        Assert.Contains(fields, f => f.StartsWith("input.validFrom", StringComparison.OrdinalIgnoreCase) || f.StartsWith("input.ValidFrom", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("input.sources", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await StatisticsAsync());
    }

    [Fact]
    public async Task An_entity_breaking_the_id_convention_is_refused_and_nothing_is_stored()
    {
        var before = await StatisticsAsync();

        var response = await client.PostAsync(NewAgreement, new
        {
            input = new { id = "person:Thea Lee", kind = "PERSON", name = "Thea Lee", sources = new[] { new { url = "https://example.org", quote = "Thea Lee" } } },
        }, GraphApiFactory.ApiKey);

        Assert.Equal("VALIDATION_ERROR", response.Code);
        Assert.StartsWith("input.", response.Errors[0]["extensions"]!["field"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StatisticsAsync());
    }

    [Fact]
    public async Task Deleting_an_unknown_relationship_is_NOT_FOUND()
    {
        var response = await client.PostAsync("""mutation { deleteRelationship(id: "rel:none") }""", apiKey: GraphApiFactory.ApiKey);

        Assert.Equal("NOT_FOUND", response.Code);
    }

    /// <summary>The store's counts and version, read through /healthz: equal before and after means nothing was written.</summary>
    private async Task<string> StatisticsAsync()
    {
        var health = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync("/healthz"))!;
        return health["store"]!.ToJsonString();
    }
}
