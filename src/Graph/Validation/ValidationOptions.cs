namespace KnowledgeGraph.Validation;

/// <summary>Switches that differ between curated data (sources required) and synthetic benchmark data.</summary>
public sealed record ValidationOptions
{
    /// <summary>The rules for curated data: every fact needs a source.</summary>
    public static ValidationOptions Curated { get; } = new();

    /// <summary>Every curated fact must carry at least one source; only synthetic graphs turn this off.</summary>
    public bool RequireSources { get; init; } = true;
}
