using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Validation;

/// <summary>The failures of a batch, or the batch ready to write when there are none.</summary>
internal sealed record BatchValidation(IReadOnlyList<RecordError> Errors, GraphBatch? Batch)
{
    public bool IsValid => Errors.Count == 0;
}
