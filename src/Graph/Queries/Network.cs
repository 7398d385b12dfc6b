using KnowledgeGraph.Model;

namespace KnowledgeGraph.Queries;

/// <summary>Entities and the relationships between them, ready to draw: every edge's ends are among the nodes.</summary>
public sealed record Network(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges);
