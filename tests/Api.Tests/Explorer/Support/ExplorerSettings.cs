namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>Settings the explorer's browser tests run the API with.</summary>
internal static class ExplorerSettings
{
    /// <summary>A rate limit no test run reaches: the tests share one client address, unlike analysts.</summary>
    public static readonly (string Key, string Value)[] Unthrottled = [("GraphQL:Throttling:RateLimitPermits", "1000000")];
}
