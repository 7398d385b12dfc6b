namespace KnowledgeGraph.Analytics;

/// <summary>How influence is measured: PageRank (personalised when <see cref="InfluenceQuery.Around"/> is set), betweenness, degree, closeness or harmonic centrality.</summary>
public enum InfluenceAlgorithm
{
    /// <summary>PageRank: how likely a random walk along the relationships is to be at an entity.</summary>
    PageRank,

    /// <summary>Betweenness centrality: how many shortest paths pass through an entity.</summary>
    Betweenness,

    /// <summary>Degree: how many relationships an entity has.</summary>
    Degree,

    /// <summary>Closeness centrality: the inverse of the average distance to the entities reached, scaled by the share reached.</summary>
    Closeness,

    /// <summary>Harmonic centrality: the sum of the reciprocal distances to every other entity.</summary>
    Harmonic,
}
