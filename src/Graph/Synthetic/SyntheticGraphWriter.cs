using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Synthetic;

/// <summary>
/// Writes a generated graph through the normal import path (<see cref="BatchImporter"/>: validation, then one
/// all-or-nothing write per batch), entities first so every relationship's ends exist when it is validated.
/// </summary>
public sealed class SyntheticGraphWriter(IGraphStore store, int batchSize = 50_000)
{
    private static readonly ValidationOptions Synthetic = new() { RequireSources = false };

    /// <summary>Imports everything; returns the number of entities and relationships written and where the time went.</summary>
    public async Task<SyntheticGraphWritten> WriteAsync(SyntheticGraphGenerator generator, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var importer = new BatchImporter(store, Synthetic);
        var batch = new RecordBatch();
        long entities = 0, relationships = 0;
        var timings = new ImportTimings();
        foreach (var entity in generator.Entities())
        {
            batch.Entities.Add(new($"entity {entities}", RecordMapping.ToRecord(entity)));
            if (++entities % batchSize == 0)
                batch = await FlushAsync(importer, batch, timings, progress, entities, cancellationToken);
        }

        batch = await FlushAsync(importer, batch, timings, progress, entities, cancellationToken);
        foreach (var edge in generator.Edges())
        {
            batch.Relationships.Add(new($"relationship {edge.Index}", RecordMapping.ToRecord(generator.ToRelationship(edge))));
            if (++relationships % batchSize == 0)
                batch = await FlushAsync(importer, batch, timings, progress, entities + relationships, cancellationToken);
        }

        await FlushAsync(importer, batch, timings, progress, entities + relationships, cancellationToken);
        return new SyntheticGraphWritten(entities, relationships, timings.Validating, timings.Writing);
    }

    private static async Task<RecordBatch> FlushAsync(BatchImporter importer, RecordBatch batch, ImportTimings timings, IProgress<long>? progress, long written, CancellationToken cancellationToken)
    {
        if (batch.Entities.Count + batch.Relationships.Count == 0)
            return batch;
        var result = await importer.ImportAsync(batch, cancellationToken: cancellationToken);
        if (!result.Succeeded)
            throw new InvalidOperationException($"the generator produced a record the import refused: {result.Errors[0]}");
        timings.Validating += result.Validating;
        timings.Writing += result.Writing;
        progress?.Report(written);
        return new RecordBatch();
    }
}
