using KnowledgeGraph.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting.Health;

/// <summary>Readiness: the store answers, with its kind, version and counts.</summary>
internal sealed class StoreHealthCheck(IGraphStore store, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var statistics = await store.GetStatisticsAsync(cancellationToken);
            return HealthCheckResult.Healthy("the store answers", new Dictionary<string, object>
            {
                ["kind"] = store.Kind,
                ["version"] = statistics.Version,
                ["entities"] = statistics.EntityCount,
                ["relationships"] = statistics.RelationshipCount,
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message of a storage error can name files and hosts; the log has it, the public answer does not.
            logger.LogError(e, "Health check could not read the store");
            return HealthCheckResult.Unhealthy("the store cannot be read; the server log has the details");
        }
    }
}
