using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Relationships;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>A path: entities in order and, between each two, the relationship (with dates and sources) that joins them.</summary>
internal sealed class PathGraphType : ObjectGraphType<PathResult>
{
    public PathGraphType()
    {
        Name = "Path";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("entities").SizedBy(ListSizing.PathHops).Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .SizedBy(ListSizing.PathHops)
            .Description("Relationship i joins entities i and i+1, in whichever direction it was recorded")
            .Resolve(c => c.Source.Relationships);
    }
}
