using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Tests.GraphQL;

#pragma warning disable CA1001 // disposed in IAsyncLifetime.DisposeAsync, which xunit always calls
/// <summary>Answers read records from memory for the store version: the query after a write answers with the write.</summary>
public sealed class RecordCacheTests : IAsyncLifetime
{
    private const string Upsert = "mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }";
    private const string ReadAgreement = """{ entity(id: "agreement:cache-test") { name relationships { id } } }""";

    private readonly GraphApiFactory factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_entity_read_before_a_write_is_answered_with_the_write_after_it()
    {
        await UpsertAgreementAsync("Cache test MoU");
        var before = await client.PostAsync(ReadAgreement);

        await UpsertAgreementAsync("Cache test MoU, amended");
        var after = await client.PostAsync(ReadAgreement);

        Assert.Equal("Cache test MoU", before.Data!["entity"]!["name"]!.GetValue<string>());
        Assert.Equal("Cache test MoU, amended", after.Data!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_entity_asked_for_before_it_exists_is_found_after_it_is_written()
    {
        var missing = await client.PostAsync(ReadAgreement);

        await UpsertAgreementAsync("Cache test MoU");
        var found = await client.PostAsync(ReadAgreement);

        Assert.Equal("NOT_FOUND", missing.Code);
        Assert.Equal("Cache test MoU", found.Data!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_relationship_written_after_a_read_of_its_ends_relationships_is_in_the_next_answer()
    {
        await UpsertAgreementAsync("Cache test MoU");
        var before = await client.PostAsync(ReadAgreement);

        var write = await client.PostAsync(
            "mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }",
            new
            {
                input = new
                {
                    type = "SIGNED", from = "ministry:VNM-MOLISA", to = "agreement:cache-test", validFrom = "2024-03",
                    sources = new[] { new { url = "https://example.org/cache-test", quote = "MOLISA signed the test MoU.", language = "en" } },
                },
            },
            GraphApiFactory.ApiKey);
        var after = await client.PostAsync(ReadAgreement);

        Assert.Empty(write.Errors);
        Assert.Empty(before.Data!["entity"]!["relationships"]!.AsArray());
        Assert.Equal(write.Data!["upsertRelationship"]!["id"]!.GetValue<string>(), after.Data!["entity"]!["relationships"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_write_by_another_process_to_the_store_file_is_in_the_next_answer()
    {
        await UpsertAgreementAsync("Cache test MoU");
        var before = await client.PostAsync(ReadAgreement);

        // Another store on the same file, as `kg import` would open it while the service runs.
        await using (var other = new SqliteGraphStore(factory.DatabasePath))
        {
            var renamed = new Entity
            {
                Id = "agreement:cache-test", Kind = EntityKind.Agreement, Name = "Cache test MoU, written elsewhere",
                Date = PartialDate.Parse("2024-03"),
                Sources = [new Source(null, "https://example.org/cache-test", "Hai bên ký Bản ghi nhớ.", "vi")],
            };
            await other.WriteAsync(new GraphBatch([renamed], []));
        }

        var after = await client.PostAsync(ReadAgreement);

        Assert.Equal("Cache test MoU", before.Data!["entity"]!["name"]!.GetValue<string>());
        Assert.Equal("Cache test MoU, written elsewhere", after.Data!["entity"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_write_in_one_mutation_is_read_back_with_its_own_values()
    {
        var response = await client.PostAsync(
            """
            mutation($first: EntityInput!, $second: EntityInput!) {
              first: upsertEntity(input: $first) { name }
              second: upsertEntity(input: $second) { name }
            }
            """,
            new { first = AgreementNamed("Cache test MoU"), second = AgreementNamed("Cache test MoU, amended") },
            GraphApiFactory.ApiKey);

        Assert.Empty(response.Errors);
        Assert.Equal("Cache test MoU", response.Data!["first"]!["name"]!.GetValue<string>());
        Assert.Equal("Cache test MoU, amended", response.Data!["second"]!["name"]!.GetValue<string>());
    }

    private static object AgreementNamed(string name) => new
    {
        id = "agreement:cache-test", kind = "AGREEMENT", name, date = "2024-03",
        sources = new[] { new { url = "https://example.org/cache-test", quote = "Hai bên ký Bản ghi nhớ.", language = "vi" } },
    };

    private async Task UpsertAgreementAsync(string name)
    {
        var response = await client.PostAsync(Upsert, new { input = AgreementNamed(name) }, GraphApiFactory.ApiKey);
        Assert.Empty(response.Errors);
    }
}
