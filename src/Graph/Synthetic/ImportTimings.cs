namespace KnowledgeGraph.Synthetic;

/// <summary>Validation and write times summed over the batches of one generated graph.</summary>
internal sealed class ImportTimings
{
    public TimeSpan Validating { get; set; }

    public TimeSpan Writing { get; set; }
}
