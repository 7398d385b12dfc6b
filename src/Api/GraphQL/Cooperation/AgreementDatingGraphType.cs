using GraphQL.Types;

using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>How <c>agreements</c> compares an agreement with the since/until window.</summary>
internal sealed class AgreementDatingGraphType : EnumerationGraphType
{
    public AgreementDatingGraphType()
    {
        Name = "AgreementDating";
        Add("SIGNED_OR_IN_FORCE", AgreementDating.SignedOrInForce, "Signed or entered into force within the window (the default)");
        Add("CONCLUDED", AgreementDating.Concluded, "Signed within the window (entry into force when the signing date is unknown)");
        Add("IN_FORCE", AgreementDating.InForce, "In force at any time in the window");
    }
}
