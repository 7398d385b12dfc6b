using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>Which relationships of an entity to read. Undirected types match in every direction.</summary>
public sealed record RelationshipQuery
{
    public static RelationshipQuery All { get; } = new();

    public DateWindow Window { get; init; } = DateWindow.All;
    public IReadOnlySet<RelationshipType>? Types { get; init; }
    public Direction Direction { get; init; } = Direction.Both;

    public bool Matches(Relationship relationship, string entityId) =>
        relationship.IsValidIn(Window)
        && (Types is null || Types.Contains(relationship.Type))
        && DirectionMatches(relationship, entityId);

    private bool DirectionMatches(Relationship relationship, string entityId) =>
        Direction == Direction.Both
        || !GraphOntology.Rule(relationship.Type).Directed
        || (Direction == Direction.Outgoing ? relationship.From == entityId : relationship.To == entityId);
}
