namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>Settings the explorer's browser tests run the API with.</summary>
internal static class ExplorerSettings
{
    /// <summary>
    /// A rate limit no test run reaches (the tests share one client address, unlike analysts) and heavy slots for the
    /// test's own API calls beside the page's (on a 2-core machine the default is 2, which the page alone can fill).
    /// </summary>
    public static readonly (string Key, string Value)[] Unthrottled =
        [("GraphQL:Throttling:RateLimitPermits", "1000000"), ("GraphQL:Throttling:MaxHeavyComputations", "8")];
}
