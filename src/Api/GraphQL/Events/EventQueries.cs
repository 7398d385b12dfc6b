using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Events;

/// <summary><c>events</c>: which dialogues, meetings, conferences and visits took place in a window (logic in src/Graph/Queries).</summary>
internal sealed class EventQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddPagedList<EntityGraphType, Entity>("events",
            "Events that took place in [since, until], earliest first: all of them, or those the actor, its bodies or their people "
                + "took part in or hosted. An event is dated by its date; an undated one by its relationships",
            () =>
            [
                PagedLists.Argument<IdGraphType>("involving"),
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
            ],
            async c =>
            {
                var events = await c.Service<EventListing>().FindAsync(c.GetArgument<string?>("involving"), c.Window(), c.CancellationToken);
                foreach (var evt in events)
                    c.Entities().Remember(evt);
                return events;
            });
    }
}
