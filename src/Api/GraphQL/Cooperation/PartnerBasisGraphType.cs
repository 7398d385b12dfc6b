using GraphQL.Types;

using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>Why an entity is a partner.</summary>
internal sealed class PartnerBasisGraphType : EnumerationGraphType
{
    public PartnerBasisGraphType()
    {
        Name = "PartnerBasis";
        Add("COOPERATES_WITH", PartnerBasis.CooperatesWith, "It and the actor's side cooperate");
        Add("FUNDS", PartnerBasis.Funds, "The actor's side funds it");
        Add("FUNDED_BY", PartnerBasis.FundedBy, "It funds the actor's side");
        Add("SHARED_AGREEMENT", PartnerBasis.SharedAgreement, "Both are parties to, signed or fund the same agreement (intended parties included)");
        Add("SHARED_EVENT", PartnerBasis.SharedEvent, "Both took part in, hosted or funded the same event");
    }
}
