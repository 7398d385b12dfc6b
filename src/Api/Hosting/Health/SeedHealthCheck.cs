using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting.Health;

/// <summary>Readiness: the curated seed was loaded (or was not needed); a refused or unfinished seed is not ready.</summary>
internal sealed class SeedHealthCheck(SeedState seed) : IHealthCheck
{
    public const string Name = "seed";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["status"] = seed.Status, ["records"] = seed.Records, ["errors"] = seed.Errors };
        var result = seed.Status switch
        {
            SeedState.Failed => HealthCheckResult.Unhealthy("the curated seed was refused", data: data),
            SeedState.Pending => HealthCheckResult.Unhealthy("the curated seed is not loaded yet", data: data),
            _ => HealthCheckResult.Healthy(seed.Status, data),
        };
        return Task.FromResult(result);
    }
}
