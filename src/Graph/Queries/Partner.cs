using System.Collections.Immutable;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>A partner of an actor, why it is one, and the relationships that connect them (affiliation links included).</summary>
public sealed record Partner(Entity Entity, ImmutableArray<PartnerReason> Reasons, ImmutableArray<Relationship> Relationships);
