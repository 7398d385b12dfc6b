namespace KnowledgeGraph.Ontology;

/// <summary>Types of relationship. Which kinds each may connect lives in <see cref="GraphOntology"/>.</summary>
public enum RelationshipType
{
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
}
