namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Limits that keep one request from monopolising the service; configuration section <c>GraphQL:Limits</c>
/// (env <c>GraphQL__Limits__MaxDepth</c>...). Each has its own error code.
/// </summary>
internal sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Deepest field nesting of an operation (DEPTH_LIMIT_EXCEEDED). Introspection is exempt.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Estimated cost: fields weighted by the page sizes above them (COST_LIMIT_EXCEEDED). Introspection is exempt.</summary>
    public int MaxCost { get; set; } = 50_000;

    /// <summary>Largest <c>first</c>/<c>top</c> argument (PAGE_SIZE_LIMIT_EXCEEDED).</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Largest <c>maxHops</c> argument of path queries (HOPS_LIMIT_EXCEEDED).</summary>
    public int MaxHops { get; set; } = 10;

    /// <summary>Largest <c>depth</c> argument of <c>partnerNetwork</c> (NETWORK_DEPTH_LIMIT_EXCEEDED).</summary>
    public int MaxNetworkDepth { get; set; } = 3;

    /// <summary>Largest <c>k</c> argument of <c>paths</c> (PATH_COUNT_LIMIT_EXCEEDED).</summary>
    public int MaxPaths { get; set; } = 20;

    /// <summary>Largest request body in bytes (REQUEST_TOO_LARGE, HTTP 413).</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Longest execution of one request (TIMEOUT).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed documents to keep, by query text.</summary>
    public int DocumentCacheSize { get; set; } = 500;
}
