using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Entities;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>An entity's place in an influence ranking.</summary>
internal sealed class InfluenceScoreGraphType : ObjectGraphType<InfluenceResult>
{
    public InfluenceScoreGraphType()
    {
        Name = "InfluenceScore";
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the most influential").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("PageRank share, betweenness, degree, closeness or harmonic centrality").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<EntityGraphType>>("entity").Resolve(c => c.Source.Entity);
    }
}

