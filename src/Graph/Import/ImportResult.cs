using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Import;

/// <summary>Every error of a refused batch, or what the write did.</summary>
public sealed record ImportResult(IReadOnlyList<RecordError> Errors, WriteOutcome? Outcome)
{
    /// <summary>True when the batch was accepted.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Time spent validating against the ontology and the store (for import speed reports).</summary>
    public TimeSpan Validating { get; init; }

    /// <summary>Time spent in the store's write; zero when nothing was written.</summary>
    public TimeSpan Writing { get; init; }
}
