using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>Entities and the relationships between them, ready to draw: every edge's ends are among the nodes.</summary>
/// <param name="Truncated">True when the network stopped at its size limit and more partners were left out.</param>
public sealed record Network(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated = false);
