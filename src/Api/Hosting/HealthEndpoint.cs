using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// <c>/healthz</c>: store reachability, version and counts, and what the seed did; 503 when either failed. It names no
/// file or folder, since anyone who can reach the service can read it.
/// </summary>
public static class HealthEndpoint
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (IGraphStore store, SeedState seed, ILoggerFactory loggers, CancellationToken cancellationToken) =>
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
                            version = statistics.Version,
                            entities = statistics.EntityCount,
                            relationships = statistics.RelationshipCount,
                        },
                        seed = new { status = seed.Status, records = seed.Records, errors = seed.Errors },
                    },
                    statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The message of a storage error can name files and hosts; the log has it, the public answer does not.
                loggers.CreateLogger(typeof(HealthEndpoint)).LogError(e, "Health check could not read the store");
                return Results.Json(new { status = "unavailable", store = new { error = "the store cannot be read; the server log has the details" } }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
