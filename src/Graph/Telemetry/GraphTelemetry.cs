using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Telemetry;

/// <summary>
/// The product's OpenTelemetry-compatible sources: one <see cref="ActivitySource"/> for traces and one <see cref="Meter"/>
/// for metrics, both named <see cref="Name"/>. Nothing is recorded unless a listener (the service's OpenTelemetry SDK,
/// when <c>Telemetry:Enabled</c>) subscribes, so the cost when off is a null check.
/// </summary>
public static class GraphTelemetry
{
    /// <summary>The name of the trace source and the meter, which a listener subscribes to.</summary>
    public const string Name = "KnowledgeGraph";

    /// <summary>The product's spans.</summary>
    public static readonly ActivitySource Traces = new(Name);

    /// <summary>The product's metrics.</summary>
    public static readonly Meter Metrics = new(Name);

    /// <summary>Seconds per store call, tagged with the store's kind and the operation.</summary>
    public static readonly Histogram<double> StoreCallDuration =
        Metrics.CreateHistogram<double>("kg.store.call.duration", "s", "Duration of a call to the graph store");

    /// <summary>Seconds per projection build, from the first store read to the finished arrays.</summary>
    public static readonly Histogram<double> ProjectionBuildDuration =
        Metrics.CreateHistogram<double>("kg.projection.build.duration", "s", "Duration of an analytics projection build");

    /// <summary>Heavy computations refused because every slot was taken.</summary>
    public static readonly Counter<long> HeavyRefusals =
        Metrics.CreateCounter<long>("kg.heavy.refusals", "{computation}", "Heavy computations refused with every slot taken");
}
