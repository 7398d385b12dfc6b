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
        // Listeners are process-wide: the other tests' hosts, running beside this one, export here too. So the spans are
        // collected under a lock, and this test's request carries its own trace id to be told apart.
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<Metric>();
        var traceId = ActivityTraceId.CreateRandom();
        await using var configured = GraphApiFactory.With(("Graph:BuildProjectionAtStart", "false"));
        // Settings read while the host is being built (which services exist) come in as host settings.
        await using var factory = configured.WithWebHostBuilder(web => web
            .UseSetting("Telemetry:Enabled", "true")
            .UseSetting("Telemetry:OtlpEndpoint", "http://127.0.0.1:9")
            .ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
            .ConfigureOpenTelemetryMeterProvider(meters => meters.AddInMemoryExporter(metrics))));
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var answer = await client.PostAsync("""{ shortestPath(from: "country:VNM", to: "country:KOR") { length } }""");
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        // The request's own span ends after its answer is sent, so it may reach the exporter a moment later.
        bool IsThisRequest(Activity span) => span.TraceId == traceId && IsGraphQLRequest(span);
        var requested = SpinWait.SpinUntil(() => spans.Snapshot().Any(IsThisRequest), TimeSpan.FromSeconds(30));

        Assert.Empty(answer.Errors ?? []);
        Assert.True(requested, "the request's span was not exported");
        var trace = spans.Snapshot().Where(s => s.TraceId == traceId).ToList();
        Assert.Single(trace, IsGraphQLRequest);
        Assert.Contains(trace, s => s.Source.Name == "GraphQL");
        Assert.Contains(trace, s => s.DisplayName == "graphql.resolve shortestPath");
        Assert.Contains(trace, s => s.DisplayName == "projection.build");
        Assert.Contains(trace, s => s.DisplayName == "store.stream_edges" && (string?)s.GetTagItem("db.system") == "sqlite");
        Assert.Contains(metrics.Snapshot(), m => m.Name == "kg.store.call.duration");
        Assert.Contains(metrics.Snapshot(), m => m.Name == "kg.projection.build.duration");
    }

    private static bool IsGraphQLRequest(Activity span) =>
        span.Source.Name == "Microsoft.AspNetCore" && span.DisplayName.Contains("/graphql", StringComparison.Ordinal);

    [Fact]
    public async Task Off_by_default_the_store_is_not_wrapped()
    {
        await using var factory = new GraphApiFactory();

        var store = factory.Services.GetRequiredService<KnowledgeGraph.Storage.IGraphStore>();

        Assert.IsNotType<KnowledgeGraph.Telemetry.TracedGraphStore>(store);
        Assert.Null(factory.Services.GetService<TracerProvider>());
    }
}
