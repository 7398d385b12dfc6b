namespace KnowledgeGraph.Ontology;

/// <summary>Steps of an agreement's lifecycle, in order. Their names, date properties and descriptions live in <see cref="GraphOntology"/>.</summary>
public enum AgreementStatus
{
    Planned,
    UnderNegotiation,
    Signed,
    InForce,
    Terminated,
}
