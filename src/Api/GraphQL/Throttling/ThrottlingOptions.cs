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

    /// <summary>
    /// Mutations and heavy queries one client (API key, else remote address) may send per <see cref="RateLimitWindow"/>;
    /// beyond, RATE_LIMITED. Default 300 a minute: an analyst clicking through the explorer sends two or three heavy
    /// queries per view (network, influence, paths), several views a minute, and must never meet the limit.
    /// </summary>
    public int RateLimitPermits { get; set; } = 300;

    /// <summary>The fixed window the permits are counted in.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);
}
