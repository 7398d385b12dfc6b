namespace KnowledgeGraph.Queries;

/// <summary>
/// One reason an entity is a partner: the basis, who on the actor's side has the link (the actor, one of its bodies or
/// one of their people) and, for a shared agreement or event, which one.
/// </summary>
public sealed record PartnerReason(PartnerBasis Basis, string Through, string? Instrument);
