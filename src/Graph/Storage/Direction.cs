namespace KnowledgeGraph.Storage;

/// <summary>Which of an entity's relationships a query reads: those it starts, those it ends, or both (undirected ones always match).</summary>
public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}
