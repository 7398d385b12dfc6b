namespace KnowledgeGraph.Analytics;

/// <summary>
/// Bounds on analytics arguments, so one request cannot ask for unbounded work. The API binds them from its
/// <c>GraphQL:Limits</c> settings and hands the same values to <see cref="GraphAnalytics"/>, so a bound the API lets
/// through is one the engine accepts.
/// </summary>
public sealed record AnalyticsLimits
{
    /// <summary>The bounds when nobody configures them.</summary>
    public static AnalyticsLimits Default { get; } = new();

    /// <summary>Largest <c>maxHops</c> of a path query.</summary>
    public int MaxHops { get; init; } = 10;

    /// <summary>Largest <c>k</c> of <see cref="GraphAnalytics.PathsAsync"/>.</summary>
    public int MaxPaths { get; init; } = 20;

    /// <summary>Largest <see cref="InfluenceQuery.Top"/>.</summary>
    public int MaxTop { get; init; } = 1000;
}
