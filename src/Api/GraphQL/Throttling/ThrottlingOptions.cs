namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>
/// How much heavy work the service takes on: configuration section <c>GraphQL:Throttling</c>
/// (env <c>GraphQL__Throttling__MaxHeavyComputations</c>...). Each value has one home, here.
/// </summary>
internal sealed class ThrottlingOptions
{
    public const string Section = "GraphQL:Throttling";

    /// <summary>
    /// Heavy computations (uncached influence scores, k-shortest paths, partner networks, snapshot builds) running at once;
    /// one more is refused with SERVICE_BUSY. Default: the core count, since one computation can keep every core busy.
    /// </summary>
    public int MaxHeavyComputations { get; set; } = Environment.ProcessorCount;

    /// <summary>The retry hint sent with SERVICE_BUSY (<c>extensions.retryAfterSeconds</c>, Retry-After).</summary>
    public TimeSpan BusyRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
