using System.Collections.Immutable;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>
/// An entity that acts for an actor, with the relationships that make it do so, from the affiliate up to the actor:
/// <c>[HOLDS_POSITION thea-lee→USA-DOL, PART_OF USA-DOL→USA]</c>. The actor itself has an empty chain.
/// </summary>
internal sealed record Affiliate(string EntityId, ImmutableArray<Relationship> Chain)
{
    /// <summary>True when every link of the chain held at some time in <paramref name="window"/>.</summary>
    public bool HeldDuring(DateWindow window) => Chain.All(link => link.IsValidIn(window));
}
