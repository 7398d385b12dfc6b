namespace KnowledgeGraph.Analytics;

/// <summary>How influence is measured: PageRank (personalised when <see cref="InfluenceQuery.Around"/> is set), betweenness, degree, closeness or harmonic centrality.</summary>
public enum InfluenceAlgorithm
{
    PageRank,
    Betweenness,
    Degree,
    Closeness,
    Harmonic,
}
