using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary><c>document</c> and <c>documents</c>: the catalogue of the documents sources cite.</summary>
internal sealed class DocumentQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<DocumentGraphType>("document")
            .Description("The catalogued document with this id; null and a NOT_FOUND error when there is none")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await c.Documents().LoadAsync(id, c.CancellationToken)
                    ?? throw new NotFoundError($"no document has the id '{id}'", id);
            });

        query.AddPagedList<DocumentGraphType, Document>("documents",
            "The catalogue, in id order",
            () => [],
            async c =>
            {
                var documents = new List<Document>();
                await foreach (var document in c.Store().StreamDocumentsAsync(c.CancellationToken))
                    documents.Add(document);
                return documents;
            });
    }
}
