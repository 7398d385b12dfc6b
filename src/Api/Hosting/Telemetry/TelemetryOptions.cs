namespace KnowledgeGraph.Api.Hosting.Telemetry;

/// <summary>The <c>Telemetry</c> section: OpenTelemetry traces and metrics, off unless enabled.</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Record traces and metrics and export them over OTLP.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// The OTLP collector's address (e.g. <c>http://localhost:4317</c>); when unset, the exporter's own default and the
    /// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable apply.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The <c>service.name</c> resource attribute.</summary>
    public string ServiceName { get; set; } = "cooperation-knowledge-graph";
}
