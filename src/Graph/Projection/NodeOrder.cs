namespace KnowledgeGraph.Projection;

/// <summary>How a snapshot numbers its nodes; algorithms see only the numbers, so the choice changes memory locality, not answers.</summary>
public enum NodeOrder
{
    /// <summary>As the caller lists them (a store's first-appearance order, a generator's own numbering).</summary>
    AsGiven,

    /// <summary>Most relationships first: hubs share cache lines.</summary>
    Degree,

    /// <summary>
    /// Breadth-first from the node with the most relationships, each component in turn (Cuthill–McKee without the
    /// degree sort of each level): neighbours get nearby numbers, so a traversal's next reads are close to its last.
    /// </summary>
    BreadthFirst,
}
