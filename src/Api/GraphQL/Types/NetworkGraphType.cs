using GraphQL.Types;

using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Nodes and edges to draw; every edge's ends are among the nodes.</summary>
internal sealed class NetworkGraphType : ObjectGraphType<Network>
{
    public NetworkGraphType()
    {
        Name = "Network";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}
