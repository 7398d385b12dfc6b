using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary><c>entity</c> and <c>search</c>: finding things by id or by name.</summary>
internal sealed class EntityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<EntityGraphType>("entity")
            .Description("The entity with this id; null and a NOT_FOUND error when there is none")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                return await c.Entities().LoadAsync(id, c.CancellationToken) ?? throw new EntityNotFoundException(id);
            });

        query.AddRankedList<EntityGraphType, Entity>("search",
            "Entities whose name, names or aliases contain the text, ignoring case and diacritics; best first",
            defaultFirst: QueryDefaults.SearchResults,
            () => [PagedLists.Argument<NonNullGraphType<StringGraphType>>("text"), PagedLists.Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds")],
            async (c, limit) =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (SearchText.Problem(text) is { } problem)
                    throw new InputValidationError("text", problem);
                var kinds = c.GetArgument<List<EntityKind>?>("kinds");
                return await c.Store().SearchAsync(text, kinds, limit, c.CancellationToken);
            });
    }
}
