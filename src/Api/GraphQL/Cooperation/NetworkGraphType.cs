using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>Nodes and edges to draw; every edge's ends are among the nodes.</summary>
internal sealed class NetworkGraphType : ObjectGraphType<Network>
{
    public NetworkGraphType()
    {
        Name = "Network";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("nodes").SizedBy(ListSizing.NetworkDepth).Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("edges").SizedBy(ListSizing.NetworkDepth).Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated")
            .Description("True when the network reached maxNodes and partners were left out; ask again with a larger maxNodes, a smaller depth or a narrower window")
            .Resolve(c => c.Source.Truncated);
    }
}
