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
        Add("BETWEENNESS", InfluenceAlgorithm.Betweenness, $"Share of shortest paths through the entity (sampled from {CentralitySampling.Sources} sources on graphs over {CentralitySampling.ExactUpToNodes} entities)");
        Add("DEGREE", InfluenceAlgorithm.Degree, "Number of relationships valid in the window");
        Add("CLOSENESS", InfluenceAlgorithm.Closeness,
            $"How near the entity is to those that reach it: reached entities over the sum of their hops, times the share reached (Wasserman–Faust, as NetworkX); sampled from {CentralitySampling.Sources} sources on graphs over {CentralitySampling.ExactUpToNodes} entities");
        Add("HARMONIC", InfluenceAlgorithm.Harmonic,
            $"Sum of 1/hops from every other entity (unreached ones add 0), robust to disconnected windows; sampled from {CentralitySampling.Sources} sources on graphs over {CentralitySampling.ExactUpToNodes} entities");
    }
}
