using GraphQL.Types;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Cooperation;

/// <summary>The <c>AgreementStatus</c> enum, generated from the ontology's lifecycle table.</summary>
internal sealed class AgreementStatusGraphType : EnumerationGraphType
{
    public AgreementStatusGraphType()
    {
        Name = "AgreementStatus";
        Description = "Steps of an agreement's lifecycle, in order, from the ontology table.";
        foreach (var status in GraphOntology.AgreementStatuses)
            Add(status.Name, status.Status, status.Description);
    }
}
