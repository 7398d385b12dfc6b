using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Limits that keep one request from monopolising the service; configuration section <c>GraphQL:Limits</c>
/// (env <c>GraphQL__Limits__MaxDepth</c>...). Each has its own error code. The document limits (tokens, fields,
/// aliases, fragments, parser depth, depth, cost) are checked before graphql-dotnet's validation rules run, in time
/// linear in the document, and apply to introspection like to everything else. The analytics bounds (<see cref="MaxHops"/>,
/// <see cref="MaxPaths"/>, <see cref="MaxPageSize"/> for <c>top</c>) default to <see cref="AnalyticsLimits.Default"/> and
/// are handed to the engine as <see cref="Analytics"/>, so the API and the engine hold arguments to the same numbers.
/// </summary>
internal sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>Most lexical tokens in a document (TOKEN_LIMIT_EXCEEDED); GraphiQL's introspection query has about 300.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Most field selections written in a document, fragments included (FIELD_LIMIT_EXCEEDED).</summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most aliased fields in a document (ALIAS_LIMIT_EXCEEDED).</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Most fragment definitions in a document (FRAGMENT_LIMIT_EXCEEDED).</summary>
    public int MaxFragments { get; set; } = 100;

    /// <summary>Deepest syntax nesting the parser accepts (selections, lists and objects in values) (DEPTH_LIMIT_EXCEEDED).</summary>
    public int MaxParserDepth { get; set; } = 64;

    /// <summary>Deepest field nesting of an operation, through fragments (DEPTH_LIMIT_EXCEEDED); introspection included.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Estimated cost (COST_LIMIT_EXCEEDED): every field counts once per item of the lists above it; a list's size is its
    /// <c>first</c>/<c>top</c>/<c>k</c>, a path's <c>maxHops</c> + 1, a network's <see cref="AssumedListSize"/> to the power
    /// of <c>depth</c>, otherwise <see cref="AssumedListSize"/>; analytics fields add their own weight.
    /// </summary>
    public int MaxCost { get; set; } = 100_000;

    /// <summary>Items assumed for a list field that has no page size argument (names, sources, introspection's lists).</summary>
    public int AssumedListSize { get; set; } = 10;

    /// <summary>Largest <c>first</c>/<c>top</c> argument (PAGE_SIZE_LIMIT_EXCEEDED).</summary>
    public int MaxPageSize { get; set; } = AnalyticsLimits.Default.MaxTop;

    /// <summary>Deepest position a page may start at, through <c>after</c> (VALIDATION_ERROR); bounds what a store is asked for.</summary>
    public int MaxPageOffset { get; set; } = 10_000;

    /// <summary>Most entities in a <c>partnerNetwork</c>, its <c>maxNodes</c> argument (PAGE_SIZE_LIMIT_EXCEEDED).</summary>
    public int MaxNetworkNodes { get; set; } = 2_000;

    /// <summary>Largest <c>maxHops</c> argument of path queries (HOPS_LIMIT_EXCEEDED).</summary>
    public int MaxHops { get; set; } = AnalyticsLimits.Default.MaxHops;

    /// <summary>Largest <c>depth</c> argument of <c>partnerNetwork</c> (NETWORK_DEPTH_LIMIT_EXCEEDED).</summary>
    public int MaxNetworkDepth { get; set; } = 3;

    /// <summary>Largest <c>k</c> argument of <c>paths</c> (PATH_COUNT_LIMIT_EXCEEDED).</summary>
    public int MaxPaths { get; set; } = AnalyticsLimits.Default.MaxPaths;

    /// <summary>Largest request body in bytes (REQUEST_TOO_LARGE, HTTP 413).</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Time budget of one request, from reading its body to writing its answer (TIMEOUT).</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many parsed documents to keep, by query text.</summary>
    public int DocumentCacheSize { get; set; } = 500;

    /// <summary>Longest part of a refused query's text written to the log.</summary>
    public int LoggedQueryLength { get; set; } = 200;

    /// <summary>The bounds <see cref="GraphAnalytics"/> enforces: these options' own.</summary>
    public AnalyticsLimits Analytics => new() { MaxHops = MaxHops, MaxPaths = MaxPaths, MaxTop = MaxPageSize };
}
