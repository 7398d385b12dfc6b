using GraphQL.Types;

using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>The <c>InfluenceAlgorithm</c> enum.</summary>
internal sealed class InfluenceAlgorithmGraphType : EnumerationGraphType
{
    public InfluenceAlgorithmGraphType()
    {
        Name = "InfluenceAlgorithm";
        Add("PAGERANK", InfluenceAlgorithm.PageRank, "PageRank over relationships valid in the window, both directions; personalised with `around`");
        Add("BETWEENNESS", InfluenceAlgorithm.Betweenness, $"Share of shortest paths through the entity (sampled from {BetweennessSampling.Sources} sources on large graphs)");
        Add("DEGREE", InfluenceAlgorithm.Degree, "Number of relationships valid in the window");
    }
}
