namespace KnowledgeGraph.Analytics;

/// <summary>When betweenness is exact and, beyond that, how it is sampled (Brandes with a fixed seed, so answers repeat).</summary>
public static class BetweennessSampling
{
    /// <summary>Graphs up to this many nodes get exact betweenness; larger ones a sample of <see cref="Sources"/> sources.</summary>
    public const int ExactUpToNodes = 5_000;

    public const int Sources = 256;
    public const int Seed = 42;
}
