using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>schema.graphql at the repository root is exactly what the API serves, so reviewers see every schema change.</summary>
public sealed class SchemaFileTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task The_served_schema_equals_the_checked_in_schema_graphql()
    {
        var served = await factory.CreateClient().GetStringAsync("/graphql/schema.graphql");

        var checkedIn = File.ReadAllText(RepositoryPaths.Schema);

        Assert.True(checkedIn.ReplaceLineEndings("\n").TrimEnd() == served.ReplaceLineEndings("\n").TrimEnd(),
            "schema.graphql is out of date: run the API and save GET /graphql/schema.graphql over it (curl -s http://localhost:5000/graphql/schema.graphql > schema.graphql)");
    }
}
