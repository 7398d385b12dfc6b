using GraphQL.Types;

using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>How <c>agreements</c> compares an agreement with the since/until window.</summary>
internal sealed class AgreementDatingGraphType : EnumerationGraphType
{
    public AgreementDatingGraphType()
    {
        Name = "AgreementDating";
        Add("CONCLUDED_OR_ENTERED_INTO_FORCE", AgreementDating.ConcludedOrEnteredIntoForce, "Signed or entered into force within the window");
        Add("IN_FORCE", AgreementDating.InForce, "In force at any time in the window");
    }
}
