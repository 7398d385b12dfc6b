using System.Diagnostics;
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

    /// <summary>Validates <paramref name="records"/> and, unless any is refused or <paramref name="dryRun"/> is set, writes them all in one store write.</summary>
    public async Task<ImportResult> ImportAsync(RecordBatch records, bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var validation = await _validator.ValidateAsync(records.Entities, records.Relationships, store, records.Documents, cancellationToken);
        var validating = Stopwatch.GetElapsedTime(started);
        var errors = records.InRecordOrder(validation.Errors);
        if (errors.Count > 0 || validation.Batch is null)
            return new ImportResult(errors, null) { Validating = validating };
        if (dryRun)
            return new ImportResult([], null) { Validating = validating };
        var writing = Stopwatch.GetTimestamp();
        var outcome = await store.WriteAsync(validation.Batch, cancellationToken);
        return new ImportResult([], outcome) { Validating = validating, Writing = Stopwatch.GetElapsedTime(writing) };
    }

    /// <summary>Reads the JSON file or folder at <paramref name="path"/> (<see cref="GraphJson.ReadPath"/>) and imports it like <see cref="ImportAsync"/>.</summary>
    public Task<ImportResult> ImportPathAsync(string path, bool dryRun = false, CancellationToken cancellationToken = default) =>
        ImportAsync(GraphJson.ReadPath(path), dryRun, cancellationToken);
}
