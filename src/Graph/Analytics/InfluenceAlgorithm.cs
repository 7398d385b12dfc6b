namespace KnowledgeGraph.Analytics;

/// <summary>How influence is measured: PageRank (personalised when <see cref="InfluenceQuery.Around"/> is set), betweenness or degree.</summary>
public enum InfluenceAlgorithm
{
    PageRank,
    Betweenness,
    Degree,
}
