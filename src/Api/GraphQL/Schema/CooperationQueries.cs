using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary><c>agreements</c>, <c>partners</c>, <c>partnerNetwork</c> and <c>timeline</c>: the analysts' questions (logic in src/Graph/Queries).</summary>
internal sealed class CooperationQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityGraphType>>>>("agreements")
            .Description("Agreements and trade agreements involving the actor, a body PART_OF it, or a person holding a position in such a body at the time, "
                + "planned and negotiated ones included (each with its status; status narrows); by default those signed or entered into force within [since, until] "
                + "(unsigned ones: while an intended party's link counts in it, or their current step is dated in it); dating: CONCLUDED keeps only those signed in it, IN_FORCE widens to in force at any time in it")
            .Argument<NonNullGraphType<IdGraphType>>("involving")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = EvidenceMode.Supported)
            .Argument<AgreementDatingGraphType>("dating", a => a.DefaultValue = AgreementDating.SignedOrInForce)
            .Argument<ListGraphType<NonNullGraphType<AgreementStatusGraphType>>>("status", a => a.Description = "Only agreements at one of these lifecycle steps; every agreement when omitted")
            .ResolveAsync(async c =>
            {
                var statuses = c.GetArgument<List<AgreementStatus>?>("status");
                var matches = await c.Service<AgreementsInvolving>().FindAsync(
                    c.GetArgument<string>("involving"), c.Window(), c.GetArgument("dating", AgreementDating.SignedOrInForce),
                    statuses?.ToHashSet(), c.CancellationToken);
                return matches.Select(m => m.Agreement).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerGraphType>>>>("partners")
            .Description("Entities linked to the actor (or its bodies and their people) by cooperation, funding, a shared agreement or a shared event in [since, until], "
                + "with the reasons and the connecting relationships; never the actor, what it is part of, its own state or a body of that state")
            .Argument<NonNullGraphType<IdGraphType>>("of")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = EvidenceMode.Supported)
            .ResolveAsync(async c =>
            {
                var partners = await c.Service<PartnerFinder>().FindAsync(c.GetArgument<string>("of"), c.Window(), c.CancellationToken);
                await c.Entities().PrimeEndsAsync(partners.SelectMany(p => p.Relationships), c.CancellationToken);
                return partners;
            });

        query.Field<NonNullGraphType<NetworkGraphType>>("partnerNetwork")
            .Description("Partners, and their partners up to depth rounds, with every connecting relationship")
            .Argument<NonNullGraphType<IdGraphType>>("of")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = EvidenceMode.Supported)
            .Argument<IntGraphType>("depth", a => a.DefaultValue = 1)
            .ResolveAsync(async c =>
            {
                var network = await c.Service<PartnerNetworkBuilder>().BuildAsync(c.GetArgument<string>("of"), c.Window(), c.GetArgument("depth", 1), c.CancellationToken);
                foreach (var node in network.Nodes)
                    c.Entities().Remember(node);
                return network;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("timeline")
            .Description("The entity's relationships valid in [since, until], by start date; undated ones last")
            .Argument<NonNullGraphType<IdGraphType>>("of")
            .Argument<PartialDateGraphType>("since")
            .Argument<PartialDateGraphType>("until")
            .Argument<EvidenceModeGraphType>("evidence", a => a.DefaultValue = EvidenceMode.Supported)
            .ResolveAsync(async c =>
            {
                var relationships = await c.Service<Timeline>().ForAsync(c.GetArgument<string>("of"), c.Window(), c.CancellationToken);
                await c.Entities().PrimeEndsAsync(relationships, c.CancellationToken);
                return relationships;
            });
    }
}
