using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// The store contract on a live Neo4j, when KG_TEST_NEO4J_URI, KG_TEST_NEO4J_USER and KG_TEST_NEO4J_PASSWORD point at one
/// (optionally KG_TEST_NEO4J_DATABASE). The database is emptied before every test: never point these at data you keep.
/// Without them every test here reports itself skipped, with the reason.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    internal const string SkipReason =
        "Neo4j contract skipped: set KG_TEST_NEO4J_URI (e.g. http://localhost:7474), KG_TEST_NEO4J_USER and KG_TEST_NEO4J_PASSWORD to run it against a disposable Neo4j 5.19+ database";

    private static readonly CypherStatement DeleteEverything = new("test: delete everything", "MATCH (n) DETACH DELETE n");

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var options = OptionsFromEnvironment();
        Skip.If(options is null, SkipReason);

        // Small pages so that the streams cross page boundaries even on the small sample graph.
        options!.PageSize = 2;
        options.WriteChunkSize = 2;
        using (var client = new QueryApiClient(options))
            await client.WriteAsync(DeleteEverything, new Dictionary<string, object?>(), CancellationToken.None);
        var store = new Neo4jGraphStore(options);
        await store.InitializeAsync();
        return store;
    }

    internal static Neo4jOptions? OptionsFromEnvironment()
    {
        var uri = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_URI");
        var user = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_USER");
        var password = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_PASSWORD");
        if (string.IsNullOrEmpty(uri) || string.IsNullOrEmpty(user) || string.IsNullOrEmpty(password))
            return null;
        return new Neo4jOptions
        {
            Uri = new Uri(uri),
            User = user,
            Password = password,
            Database = Environment.GetEnvironmentVariable("KG_TEST_NEO4J_DATABASE") ?? "neo4j",
        };
    }
}
