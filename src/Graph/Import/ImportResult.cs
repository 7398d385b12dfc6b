using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Import;

/// <summary>Every error of a refused batch, or what the write did.</summary>
public sealed record ImportResult(IReadOnlyList<RecordError> Errors, WriteOutcome? Outcome)
{
    public bool Succeeded => Errors.Count == 0;
}
