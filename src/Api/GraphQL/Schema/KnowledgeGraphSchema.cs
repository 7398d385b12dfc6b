namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>The served schema; <c>schema.graphql</c> at the repository root is its checked-in print.</summary>
internal sealed class KnowledgeGraphSchema : global::GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation)
        : base(services)
    {
        Description = "Cooperation knowledge graph: dated, sourced relationships between states, bodies, people and agreements.";
        Query = query;
        if (mutation.Fields.Count > 0)
            Mutation = mutation;
    }
}
