using KnowledgeGraph.Storage;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Import;

/// <summary>
/// The one write path for files, the seed and mutations: validate the whole batch against the ontology and
/// the store, then write it all or nothing. A batch with any error writes nothing and reports every error.
/// </summary>
public sealed class BatchImporter(IGraphStore store, ValidationOptions? options = null)
{
    private readonly BatchValidator _validator = new(options ?? ValidationOptions.Curated);

    public async Task<ImportResult> ImportAsync(RecordBatch records, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var validation = await _validator.ValidateAsync(records.Entities, records.Relationships, store, records.Documents, cancellationToken);
        var errors = records.InRecordOrder(validation.Errors);
        if (errors.Count > 0 || validation.Batch is null)
            return new ImportResult(errors, null);
        if (dryRun)
            return new ImportResult([], null);
        return new ImportResult([], await store.WriteAsync(validation.Batch, cancellationToken));
    }

    public Task<ImportResult> ImportPathAsync(string path, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportAsync(GraphJson.ReadPath(path), dryRun, cancellationToken);
}
