using KnowledgeGraph.Storage;
using KnowledgeGraph.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Hosting.Telemetry;

/// <summary>
/// OpenTelemetry for the service when <c>Telemetry:Enabled</c>: traces of HTTP requests, GraphQL operations (graphql-dotnet's
/// own source), root-field resolvers, store calls and projection builds; metrics of the same plus ASP.NET Core's.
/// Exported over OTLP. Off by default: nothing is registered and the store is not wrapped.
/// </summary>
internal static class TelemetryRegistration
{
    /// <summary>graphql-dotnet's activity source (<c>UseTelemetry</c>).</summary>
    private const string GraphQLSource = "GraphQL";

    /// <summary>Call after the store is registered: it wraps whichever store was chosen.</summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled)
            return builder;

        void Otlp(OtlpExporterOptions exporter)
        {
            if (options.OtlpEndpoint is { Length: > 0 } endpoint)
                exporter.Endpoint = new Uri(endpoint);
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(GraphTelemetry.Name, GraphQLSource)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(Otlp))
            .WithMetrics(metrics => metrics
                .AddMeter(GraphTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(Otlp));

        var store = builder.Services.Last(d => d.ServiceType == typeof(IGraphStore));
        builder.Services.Replace(ServiceDescriptor.Singleton<IGraphStore>(services => new TracedGraphStore(Resolve(store, services))));
        return builder;
    }

    private static IGraphStore Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        (IGraphStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
