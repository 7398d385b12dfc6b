using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>One reason an entity is a partner: the basis, who on the actor's side has the link, and the shared agreement or event.</summary>
internal sealed class PartnerReasonGraphType : ObjectGraphType<PartnerReason>
{
    public PartnerReasonGraphType()
    {
        Name = "PartnerReason";
        Field<NonNullGraphType<PartnerBasisGraphType>>("basis").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<EntityGraphType>>("through")
            .Description("Who on the actor's side has the link: the actor, one of its bodies or one of their people")
            .ResolveAsync(async c => await c.Entities().LoadAsync(c.Source.Through, c.CancellationToken));
        Field<EntityGraphType>("instrument")
            .Description("The agreement or event both share; null for cooperation and funding")
            .ResolveAsync(async c => c.Source.Instrument is { } id ? await c.Entities().LoadAsync(id, c.CancellationToken) : null);
    }
}
