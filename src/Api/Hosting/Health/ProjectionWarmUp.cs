using KnowledgeGraph.Analytics;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting.Health;

/// <summary>
/// Builds the projection once the service has started (after the seed), so the first path or influence query does not
/// pay for it. <c>Graph:BuildProjectionAtStart</c> false leaves it to the first query.
/// </summary>
internal sealed class ProjectionWarmUp(GraphAnalytics analytics, IOptions<GraphStoreOptions> options, ILogger<ProjectionWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.BuildProjectionAtStart)
            return;
        try
        {
            var projection = await analytics.DescribeAsync(stoppingToken);
            logger.LogInformation("Projection built: {Nodes} entities, {Edges} relationships, store version {Version}",
                projection.Entities, projection.Relationships, projection.Version);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // Not fatal: the first analytics query builds it again, and readiness says it is missing meanwhile.
            logger.LogWarning(e, "The projection could not be built at start-up; the first analytics query will build it");
        }
    }
}
