using KnowledgeGraph.Analytics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting.Health;

/// <summary>
/// Readiness: the in-memory projection that paths and influence run on has been built once (it is built at start-up,
/// <see cref="ProjectionWarmUp"/>). Degraded until then: the service answers, but the first analytics query waits.
/// </summary>
internal sealed class ProjectionHealthCheck(GraphAnalytics analytics) : IHealthCheck
{
    public const string Name = "projection";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (analytics.Projection is not { } built)
            return Task.FromResult(HealthCheckResult.Degraded("not built yet"));
        // Sizes beside the managed heap let bench/memory/run compare what the process holds with what the projection needs.
        var data = new Dictionary<string, object>
        {
            ["version"] = built.Version,
            ["relationships"] = built.Relationships,
            ["bytes"] = built.Bytes,
            ["gcHeapBytes"] = GC.GetGCMemoryInfo().HeapSizeBytes,
        };
        // A background build that failed leaves queries on an older snapshot: say so (the next query tries again).
        if (analytics.RefreshProblem is { } problem)
            data["refreshProblem"] = problem;
        return Task.FromResult(HealthCheckResult.Healthy("built", data));
    }
}
