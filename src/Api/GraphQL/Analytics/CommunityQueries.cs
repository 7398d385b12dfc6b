using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary><c>communities</c> (and <c>communitiesConnection</c>), answered by <see cref="GraphAnalytics"/> on the in-memory projection.</summary>
internal sealed class CommunityQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        var (list, connection) = query.AddPagedList<CommunityGraphType, Community>("communities",
            "Groups of entities (only those with a relationship in the window) over relationships valid in [since, until], "
                + "followed whichever way they point, largest first",
            () =>
            [
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
                PagedLists.Argument<CommunityAlgorithmGraphType>("algorithm", CommunityAlgorithm.Louvain),
                PagedLists.Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("among",
                    description: "Only the groups of these entities, each listing only these as members (to colour what a view shows); ids without a relationship in the window are left out. At most the network size limit"),
            ],
            async c =>
            {
                var query = new CommunityQuery
                {
                    Window = c.Window(),
                    Algorithm = c.GetArgument("algorithm", CommunityAlgorithm.Louvain),
                    Among = Among(c),
                };
                return await c.Service<GraphAnalytics>().CommunitiesAsync(query, c.CancellationToken);
            });
        foreach (var field in new[] { list, connection })
            field.Weighs(FieldCost.AnalyticsWeight).Heavy();
    }

    private static List<string>? Among(IResolveFieldContext context)
    {
        var among = context.GetArgument<List<string>?>("among");
        var max = context.Service<IOptions<GraphQLLimitsOptions>>().Value.MaxNetworkNodes;
        if (among is { Count: var count } && count > max)
            throw new LimitExceededError(ErrorCodes.PageSizeLimit, "among", $"among lists {count} entities; the limit is {max}");
        return among;
    }
}
