using System.Diagnostics;

using KnowledgeGraph.Api.Tests.Support;

using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>With <c>Telemetry:Enabled</c>, one query leaves one trace from the HTTP request down to the store, and metrics.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_path_query_is_traced_from_the_request_through_its_resolver_to_the_store_and_the_projection()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        await using var configured = GraphApiFactory.With(("Graph:BuildProjectionAtStart", "false"));
        // Settings read while the host is being built (which services exist) come in as host settings.
        await using var factory = configured.WithWebHostBuilder(web => web
            .UseSetting("Telemetry:Enabled", "true")
            .UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:9")
            .ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));
        using var client = factory.CreateClient();

        var answer = await client.PostAsync("""{ shortestPath(from: "country:VNM", to: "country:KOR") { length } }""");
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        // The request's own span ends after its answer is sent, so it may reach the exporter a moment later.
        var request = SpinWait.SpinUntil(() => Exported(spans).Any(IsGraphQLRequest), TimeSpan.FromSeconds(30))
            ? Exported(spans).Single(IsGraphQLRequest)
            : null;

        Assert.Empty(answer.Errors ?? []);
        Assert.NotNull(request);
        var trace = Exported(spans).Where(s => s.TraceId == request.TraceId).ToList();
        Assert.Contains(trace, s => s.Source.Name == "GraphQL");
        Assert.Contains(trace, s => s.DisplayName == "graphql.resolve shortestPath");
        Assert.Contains(trace, s => s.DisplayName == "projection.build");
        Assert.Contains(trace, s => s.DisplayName == "store.stream_edges" && (string?)s.GetTagItem("db.system") == "sqlite");
        Assert.Contains(metrics, m => m.Name == "kg.store.call.duration");
        Assert.Contains(metrics, m => m.Name == "kg.projection.build.duration");
    }

    private static bool IsGraphQLRequest(Activity span) =>
        span.Source.Name == "Microsoft.AspNetCore" && span.DisplayName.Contains("/graphql", StringComparison.Ordinal);

    /// <summary>A copy of what was exported so far (the exporter adds from the thread that ends a span).</summary>
    private static List<Activity> Exported(List<Activity> spans)
    {
        lock (spans)
            return [.. spans];
    }

    [Fact]
    public async Task Off_by_default_the_store_is_not_wrapped()
    {
        await using var factory = new GraphApiFactory();

        var store = factory.Services.GetRequiredService<KnowledgeGraph.Storage.IGraphStore>();

        Assert.IsType<KnowledgeGraph.Storage.Sqlite.SqliteGraphStore>(store);
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }
}
