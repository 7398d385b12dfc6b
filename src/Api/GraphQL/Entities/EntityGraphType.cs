using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Cooperation;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>The <c>Entity</c> type: a country, body, person, organisation, convention, agreement or event.</summary>
internal sealed class EntityGraphType : ObjectGraphType<Entity>
{
    public EntityGraphType()
    {
        Name = "Entity";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable readable id such as country:VNM or person:thea-lee");
        Field(e => e.Kind, type: typeof(NonNullGraphType<EntityKindGraphType>));
        Field(e => e.Name).Description("Canonical English name");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocalizedNameGraphType>>>>("names")
            .Description("Names by language")
            .Resolve(c => c.Source.Names);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Abbreviations and other names (MOLISA, Bộ LĐ-TB&XH...)")
            .Resolve(c => c.Source.Aliases);
        Field<PartialDateGraphType>("date").Description("Signed, founded or held on").Resolve(c => c.Source.Date);
        Field<AgreementStatusGraphType>("status")
            .Description("An agreement's lifecycle step (planned, under negotiation, signed, in force, terminated); null for other kinds or when not recorded")
            .Resolve(c => AgreementLifecycle.Of(c.Source).Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifecycleStepGraphType>>>>("lifecycle")
            .Description("An agreement's steps with a known date, and its current one, each with the date it is known at; empty for other kinds")
            .Resolve(c => AgreementLifecycle.Of(c.Source).Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Properties);
        Field<StringGraphType>("property")
            .Description("One property's value, or null")
            .Argument<NonNullGraphType<StringGraphType>>("key")
            .Resolve(c => c.Source.Properties.GetValueOrDefault(c.GetArgument<string>("key")));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources").Resolve(c => c.Source.Sources);
        this.AddPagedList<RelationshipGraphType, Relationship>("relationships",
            "Relationships valid at some time in [since, until], of the given types and direction",
            () =>
            [
                PagedLists.Argument<PartialDateGraphType>("since"),
                PagedLists.Argument<PartialDateGraphType>("until"),
                PagedLists.Argument<EvidenceModeGraphType>("evidence", QueryDefaults.Evidence),
                PagedLists.Argument<ListGraphType<NonNullGraphType<RelationshipTypeGraphType>>>("types"),
                PagedLists.Argument<DirectionGraphType>("direction", Direction.Both),
            ],
            async c =>
            {
                var types = c.GetArgument<List<RelationshipType>?>("types");
                var query = new RelationshipQuery
                {
                    Window = c.Window(),
                    Types = types is null ? null : types.ToHashSet(),
                    Direction = c.GetArgument("direction", Direction.Both),
                };
                var relationships = await c.Store().GetRelationshipsOfAsync(((Entity)c.Source!).Id, query, c.CancellationToken);
                await c.Entities().PrimeEndsAsync(relationships, c.CancellationToken);
                return relationships;
            });
    }
}
