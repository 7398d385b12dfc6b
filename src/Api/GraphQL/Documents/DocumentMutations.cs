using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Import;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>
/// <c>upsertDocument</c>: adds or replaces a catalogue record through the import's <see cref="BatchImporter"/>, with the
/// rules of the seed and <c>kg import</c>: among them, a replaced text must still hold every quote already citing the document.
/// </summary>
internal sealed class DocumentMutations(BatchImporter importer) : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DocumentGraphType>>("upsertDocument")
            .Description("Creates the catalogue record or replaces the one with the same id")
            .Argument<NonNullGraphType<DocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var record = c.GetArgument<DocumentRecord>("input");
                var id = record.Id?.Trim() ?? string.Empty;
                var batch = new RecordBatch();
                batch.Documents.Add(new Located<DocumentRecord>("input", record));
                await GraphMutations.ImportAsync(importer, batch, [], c.CancellationToken);
                return (await c.Store().GetDocumentsAsync([id], c.CancellationToken))[id];
            });
    }
}
