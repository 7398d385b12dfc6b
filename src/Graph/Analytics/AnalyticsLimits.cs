namespace KnowledgeGraph.Analytics;

/// <summary>Bounds on query arguments, so one request cannot ask for unbounded work.</summary>
public static class AnalyticsLimits
{
    public const int MaxHops = 10;
    public const int MaxPaths = 20;
    public const int MaxTop = 1000;

    /// <summary>
    /// Graphs up to this many nodes get exact betweenness, closeness and harmonic centrality (a search from every node);
    /// larger ones an estimate from <see cref="CentralitySamples"/> sources.
    /// </summary>
    public const int ExactCentralityNodes = 5_000;

    public const int CentralitySamples = 256;

    /// <summary>Seeds the sampled sources and Louvain's visiting order, so the same graph always gets the same answer.</summary>
    public const int Seed = 42;
}
