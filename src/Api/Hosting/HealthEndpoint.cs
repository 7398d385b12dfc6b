using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary><c>/healthz</c>: store reachability, version and counts, and what the seed did. 503 when either failed.</summary>
public static class HealthEndpoint
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (IGraphStore store, SeedState seed, CancellationToken cancellationToken) =>
        {
            try
            {
                var statistics = await store.GetStatisticsAsync(cancellationToken);
                var healthy = seed.Status != "failed";
                return Results.Json(
                    new
                    {
                        status = healthy ? "ok" : "degraded",
                        store = new
                        {
                            kind = store is SqliteGraphStore ? "sqlite" : "neo4j",
                            path = (store as SqliteGraphStore)?.Path,
                            version = statistics.Version,
                            entities = statistics.EntityCount,
                            relationships = statistics.RelationshipCount,
                        },
                        seed = new { status = seed.Status, path = seed.Path, records = seed.Records, errors = seed.Errors },
                    },
                    statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "unavailable", store = new { error = e.Message } }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
