namespace KnowledgeGraph.Analytics;

/// <summary>
/// When betweenness, closeness and harmonic centrality are exact and, beyond that, how they are sampled; and the seed
/// of every randomised choice (sampled sources, Louvain's visiting order), so the same graph always gets the same answer.
/// </summary>
public static class CentralitySampling
{
    /// <summary>Graphs up to this many nodes get exact scores (a search from every node); larger ones a sample of <see cref="Sources"/> sources.</summary>
    public const int ExactUpToNodes = 5_000;

    /// <summary>Sources sampled on graphs larger than <see cref="ExactUpToNodes"/>.</summary>
    public const int Sources = 256;

    /// <summary>Seed of every randomised choice.</summary>
    public const int Seed = 42;
}
