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
        var version = analytics.SnapshotVersion;
        return Task.FromResult(version is { } built
            ? HealthCheckResult.Healthy("built", new Dictionary<string, object> { ["version"] = built })
            : HealthCheckResult.Degraded("not built yet"));
    }
}
