using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting.Health;

/// <summary>
/// ASP.NET Core health checks behind three addresses. <c>/healthz/live</c>: the process answers (no check runs).
/// <c>/healthz/ready</c>: store reachable, seed loaded, projection built; 503 until all three hold. <c>/healthz</c>:
/// the store's kind, version and counts, what the seed did and the projection's state; 503 when the store cannot be
/// read or the seed was refused. None names a file or folder, since anyone who can reach the service can read them.
/// </summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<SeedHealthCheck>(SeedHealthCheck.Name, tags: [ReadyTag])
            .AddCheck<ProjectionHealthCheck>(ProjectionHealthCheck.Name, tags: [ReadyTag]);
        builder.Services.AddHostedService<ProjectionWarmUp>();
        return builder;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = (context, _) => context.Response.WriteAsJsonAsync(new { status = "alive" }),
        });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable },
            ResponseWriter = WriteReadinessAsync,
        });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = WriteReportAsync });
        return app;
    }

    private static Task WriteReadinessAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status == HealthStatus.Healthy ? "ready" : "not-ready",
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });

    /// <summary>The detailed answer; the projection still being built does not make the service unhealthy.</summary>
    private static Task WriteReportAsync(HttpContext context, HealthReport report)
    {
        var store = report.Entries[StoreHealthCheck.Name];
        var seed = report.Entries[SeedHealthCheck.Name];
        var projection = report.Entries[ProjectionHealthCheck.Name];
        var (status, code) = (store.Status, seed.Status) switch
        {
            (HealthStatus.Unhealthy, _) => ("unavailable", StatusCodes.Status503ServiceUnavailable),
            (_, HealthStatus.Unhealthy) => ("degraded", StatusCodes.Status503ServiceUnavailable),
            _ => ("ok", StatusCodes.Status200OK),
        };
        context.Response.StatusCode = code;
        return context.Response.WriteAsJsonAsync(new
        {
            status,
            store = store.Status == HealthStatus.Healthy ? (object)store.Data : new { error = store.Description },
            seed = seed.Data,
            projection = new Dictionary<string, object>(projection.Data) { ["status"] = projection.Description ?? "" },
        }, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
