using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Analytics;

/// <summary>How a path query searches a snapshot between two of its nodes: one shortest path, or Yen's k.</summary>
internal delegate IReadOnlyList<GraphPath> PathSearch(GraphSnapshot graph, TraversalFilter filter, int source, int target, CancellationToken cancellationToken);
