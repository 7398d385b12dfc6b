using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>Which relationships of an entity to read. Undirected types match in every direction.</summary>
public sealed record RelationshipQuery
{
    /// <summary>Every relationship of the entity.</summary>
    public static RelationshipQuery All { get; } = new();

    /// <summary>Relationships counting at some time in this window; all by default.</summary>
    public DateWindow Window { get; init; } = DateWindow.All;

    /// <summary>Types read; all when null.</summary>
    public IReadOnlySet<RelationshipType>? Types { get; init; }

    /// <summary>Which of the entity's relationships are read; both ways by default.</summary>
    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>True when <paramref name="relationship"/> of <paramref name="entityId"/> passes the query's window, types and direction.</summary>
    public bool Matches(Relationship relationship, string entityId) =>
        relationship.IsValidIn(Window)
        && (Types is null || Types.Contains(relationship.Type))
        && DirectionMatches(relationship, entityId);

    private bool DirectionMatches(Relationship relationship, string entityId) =>
        Direction == Direction.Both
        || !GraphOntology.Rule(relationship.Type).Directed
        || (Direction == Direction.Outgoing ? relationship.From == entityId : relationship.To == entityId);
}
