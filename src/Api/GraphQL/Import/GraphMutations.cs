using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Import;

/// <summary>
/// <c>upsertEntity</c>, <c>upsertRelationship</c>, <c>deleteRelationship</c>. Writes go through the import's
/// <see cref="BatchImporter"/>, so they meet exactly the rules of the seed and <c>kg import</c>: a rejected write
/// changes nothing and names every bad field. The API key is checked before any of this runs (ApiKeyRule).
/// </summary>
internal sealed class GraphMutations(BatchImporter importer) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EntityGraphType>>("upsertEntity")
            .Description("Creates the entity or replaces the one with the same id")
            .Argument<NonNullGraphType<EntityInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var failures = new List<FieldFailure>();
                var record = c.GetArgument<EntityInput>("input").ToRecord(failures);
                var batch = new RecordBatch();
                batch.Entities.Add(new Located<EntityRecord>("input", record));
                await ImportAsync(importer, batch, failures, c.CancellationToken);
                return await c.Store().GetEntityAsync(record.Id!.Trim(), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<RelationshipGraphType>>("upsertRelationship")
            .Description("Creates the relationship or replaces the one with the same id; both ends must exist")
            .Argument<NonNullGraphType<RelationshipInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var failures = new List<FieldFailure>();
                var record = c.GetArgument<RelationshipInput>("input").ToRecord(failures);
                var batch = new RecordBatch();
                batch.Relationships.Add(new Located<RelationshipRecord>("input", record));
                await ImportAsync(importer, batch, failures, c.CancellationToken);
                return await c.Store().GetRelationshipAsync(record.ToRelationship().Id, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteRelationship")
            .Description("Deletes the relationship; NOT_FOUND when there is none with this id")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await c.Store().DeleteRelationshipAsync(id, c.CancellationToken)
                    ? true
                    : throw new NotFoundError($"no relationship has the id '{id}'", id);
            });
    }

    /// <summary>Imports the batch unless the input already failed; every failure becomes one VALIDATION_ERROR naming its input field.</summary>
    internal static async Task ImportAsync(BatchImporter importer, RecordBatch batch, List<FieldFailure> failures, CancellationToken cancellationToken)
    {
        if (failures.Count == 0)
        {
            var result = await importer.ImportAsync(batch, cancellationToken: cancellationToken);
            failures.AddRange(InputValidationError.FromImport(result.Errors));
        }

        if (failures.Count > 0)
            throw new InputValidationError(failures);
    }
}
