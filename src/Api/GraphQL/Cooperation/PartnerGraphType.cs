using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>A partner, why it is one, and the relationships that connect it to the asked-about actor.</summary>
internal sealed class PartnerGraphType : ObjectGraphType<Partner>
{
    /// <summary>Relationships of evidence per partner by default: enough to say why, small enough to list a hundred partners.</summary>
    public const int EvidencePageSize = 10;

    public PartnerGraphType()
    {
        Name = "Partner";
        Field<NonNullGraphType<EntityGraphType>>("entity").Resolve(c => c.Source.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerReasonGraphType>>>>("reasons")
            .Description("Why it is a partner: cooperation, funding, or a shared agreement or event, and through whom")
            .Resolve(c => c.Source.Reasons);
        this.AddPagedList<RelationshipGraphType, Relationship>("relationships",
            "Evidence: the affiliation links, the actor's link and the partner's link",
            () => [],
            c => Task.FromResult<IReadOnlyList<Relationship>>(((Partner)c.Source!).Relationships),
            defaultFirst: EvidencePageSize);
    }
}
