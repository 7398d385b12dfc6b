using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary><c>agreements</c>, <c>partners</c>, <c>partnerNetwork</c> and <c>timeline</c>: the analysts' questions (logic in src/Graph/Queries).</summary>
internal sealed class CooperationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.AddPagedList<EntityGraphType, Entity>("agreements",
            "Agreements and trade agreements involving the actor, a body PART_OF it, or a person holding a position in such a body at the time, "
                + "planned and negotiated ones included (each with its status; status narrows); by default those signed or entered into force within [since, until] "
                + "(unsigned ones: while an intended party's link counts in it, or their current step is dated in it); dating: CONCLUDED keeps only those signed in it, IN_FORCE widens to in force at any time in it",
            () =>
            [
                PagedLists.Argument<NonNullGraphType<IdGraphType>>("involving"),
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
                PagedLists.Argument<AgreementDatingGraphType>("dating", AgreementDating.SignedOrInForce),
                PagedLists.Argument<ListGraphType<NonNullGraphType<AgreementStatusGraphType>>>("status", description: "Only agreements at one of these lifecycle steps; every agreement when omitted"),
            ],
            async c =>
            {
                var statuses = c.GetArgument<List<AgreementStatus>?>("status");
                var matches = await c.Service<AgreementsInvolving>().FindAsync(
                    c.GetArgument<string>("involving"), c.Window(), c.GetArgument("dating", AgreementDating.SignedOrInForce),
                    statuses?.ToHashSet(), c.CancellationToken);
                return matches.Select(m => m.Agreement).ToList();
            });

        query.AddPagedList<PartnerGraphType, Partner>("partners",
            "Entities linked to the actor (or its bodies and their people) by cooperation, funding, a shared agreement or a shared event in [since, until], "
                + "with the reasons and the connecting relationships; never the actor, what it is part of, its own state or a body of that state",
            () =>
            [
                PagedLists.Argument<NonNullGraphType<IdGraphType>>("of"),
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
            ],
            async c =>
            {
                var partners = await c.Service<PartnerFinder>().FindAsync(c.GetArgument<string>("of"), c.Window(), c.CancellationToken);
                await c.Entities().PrimeEndsAsync(partners.SelectMany(p => p.Relationships), c.CancellationToken);
                return partners;
            });

        query.Field<NonNullGraphType<NetworkGraphType>>("partnerNetwork")
            .Weighs(FieldCost.AnalyticsWeight)
            .Description("Partners, and their partners up to depth rounds, with every connecting relationship")
            .Argument<NonNullGraphType<IdGraphType>>("of")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = QueryDefaults.Evidence)
            .Argument<IntGraphType>("depth", a => a.DefaultValue = QueryDefaults.NetworkDepth)
            .Argument<IntGraphType>("maxNodes", a =>
            {
                a.DefaultValue = QueryDefaults.NetworkNodes;
                a.Description = "Most entities to return, nearest rounds first; truncated says when more were left out";
            })
            .Heavy()
            .ResolveAsync(async c =>
            {
                var network = await c.Service<PartnerNetworkBuilder>().BuildAsync(
                    c.GetArgument<string>("of"), c.Window(), c.GetArgument<int>("depth"), c.GetArgument<int>("maxNodes"), c.CancellationToken);
                foreach (var node in network.Nodes)
                    c.Entities().Remember(node);
                return network;
            });

        query.AddPagedList<RelationshipGraphType, Relationship>("timeline",
            "The entity's relationships valid in [since, until], by start date; undated ones last",
            () =>
            [
                PagedLists.Argument<NonNullGraphType<IdGraphType>>("of"),
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
            ],
            async c =>
            {
                var relationships = await c.Service<Timeline>().ForAsync(c.GetArgument<string>("of"), c.Window(), c.CancellationToken);
                await c.Entities().PrimeEndsAsync(relationships, c.CancellationToken);
                return relationships;
            });
    }
}
