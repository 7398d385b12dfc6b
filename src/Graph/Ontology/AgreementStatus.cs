namespace KnowledgeGraph.Ontology;

/// <summary>Steps of an agreement's lifecycle, in order. Their names, date properties and descriptions live in <see cref="GraphOntology"/>.</summary>
public enum AgreementStatus
{
#pragma warning disable CS1591 // Each member is described once, in GraphOntology's table; not restated here.
    Planned,
    UnderNegotiation,
    Signed,
    InForce,
    Terminated,
#pragma warning restore CS1591
}
