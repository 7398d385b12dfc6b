namespace KnowledgeGraph.Analytics;

/// <summary>Bounds on query arguments, so one request cannot ask for unbounded work.</summary>
public static class AnalyticsLimits
{
    public const int MaxHops = 10;
    public const int MaxPaths = 20;
    public const int MaxTop = 1000;

    /// <summary>Graphs up to this many nodes get exact betweenness; larger ones a sample of <see cref="BetweennessSamples"/> sources.</summary>
    public const int ExactBetweennessNodes = 5_000;

    public const int BetweennessSamples = 256;
    public const int BetweennessSeed = 42;
}
