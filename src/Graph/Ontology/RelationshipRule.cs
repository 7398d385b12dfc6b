namespace KnowledgeGraph.Ontology;

/// <summary>
/// One row of the relationship table: the external name (GraphQL enum value, JSON, Neo4j type), the kinds it may
/// connect and whether it has a direction. Undirected types (COOPERATES_WITH) are stored once and read both ways.
/// </summary>
public sealed record RelationshipRule(RelationshipType Type, string Name, IReadOnlySet<EntityKind> From, IReadOnlySet<EntityKind> To, bool Directed, string Description)
{
    /// <summary>True when the type may go from a <paramref name="from"/> to a <paramref name="to"/> (either way round when undirected).</summary>
    public bool Allows(EntityKind from, EntityKind to) =>
        (From.Contains(from) && To.Contains(to)) || (!Directed && From.Contains(to) && To.Contains(from));
}
