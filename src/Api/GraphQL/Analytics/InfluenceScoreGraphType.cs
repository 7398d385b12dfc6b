using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Types;

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

/// <summary>The <c>InfluenceAlgorithm</c> enum.</summary>
internal sealed class InfluenceAlgorithmGraphType : EnumerationGraphType
{
    public InfluenceAlgorithmGraphType()
    {
        Name = "InfluenceAlgorithm";
        Add("PAGERANK", InfluenceAlgorithm.PageRank, "PageRank over relationships valid in the window, both directions; personalised with `around`");
        Add("BETWEENNESS", InfluenceAlgorithm.Betweenness, $"Share of shortest paths through the entity (sampled from {AnalyticsLimits.CentralitySamples} sources on graphs over {AnalyticsLimits.ExactCentralityNodes} entities)");
        Add("DEGREE", InfluenceAlgorithm.Degree, "Number of relationships valid in the window");
        Add("CLOSENESS", InfluenceAlgorithm.Closeness,
            $"How near the entity is to those that reach it: reached entities over the sum of their hops, times the share reached (Wasserman–Faust, as NetworkX); sampled from {AnalyticsLimits.CentralitySamples} sources on graphs over {AnalyticsLimits.ExactCentralityNodes} entities");
        Add("HARMONIC", InfluenceAlgorithm.Harmonic,
            $"Sum of 1/hops from every other entity (unreached ones add 0), robust to disconnected windows; sampled from {AnalyticsLimits.CentralitySamples} sources on graphs over {AnalyticsLimits.ExactCentralityNodes} entities");
    }
}
