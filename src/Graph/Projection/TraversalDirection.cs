namespace KnowledgeGraph.Projection;

/// <summary>
/// Which way relationships are followed. Analysts follow cooperation links both ways, so <see cref="Both"/> is the default;
/// undirected types (COOPERATES_WITH) are followed both ways in every mode.
/// </summary>
internal enum TraversalDirection
{
    Both,
    Outgoing,
    Incoming,
}
