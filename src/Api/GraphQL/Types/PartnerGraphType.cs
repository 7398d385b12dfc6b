using GraphQL.Types;

using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>A partner, why it is one, and the relationships that connect it to the asked-about actor.</summary>
internal sealed class PartnerGraphType : ObjectGraphType<Partner>
{
    public PartnerGraphType()
    {
        Name = "Partner";
        Field<NonNullGraphType<EntityGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerReasonGraphType>>>>("reasons")
            .Description("Why it is a partner: cooperation, funding, or a shared agreement or event, and through whom")
            .Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships")
            .Description("Evidence: the affiliation links, the actor's link and the partner's link")
            .Resolve(c => c.Source.Relationships);
    }
}
