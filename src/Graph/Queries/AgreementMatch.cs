using System.Collections.Immutable;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>An agreement found for an actor, with the relationships that tie it to the actor (affiliation chain first).</summary>
public sealed record AgreementMatch(Entity Agreement, ImmutableArray<Relationship> Evidence);
