namespace KnowledgeGraph.Model;

/// <summary>
/// Which of an entity's relationships are followed: those it starts, those it ends, or both. Analysts follow cooperation
/// links both ways, so <see cref="Both"/> is the default (and <c>default(Direction)</c>); undirected types
/// (COOPERATES_WITH) match every direction. Store queries and projection traversals read the same value.
/// </summary>
public enum Direction
{
    /// <summary>Relationships in either direction.</summary>
    Both,

    /// <summary>Relationships from the entity.</summary>
    Outgoing,

    /// <summary>Relationships to the entity.</summary>
    Incoming,
}
