namespace KnowledgeGraph.Ontology;

/// <summary>Types of relationship. Which kinds each may connect lives in <see cref="GraphOntology"/>.</summary>
public enum RelationshipType
{
#pragma warning disable CS1591 // Each member is described once, in GraphOntology's table; not restated here.
    PartOf,
    HoldsPosition,
    MemberOf,
    Ratified,
    PartyTo,
    Signed,
    ParticipatedIn,
    CooperatesWith,
    Funds,
    Hosted,
    SignedDuring,
    Adopted,
    RefersTo,
#pragma warning restore CS1591
}
