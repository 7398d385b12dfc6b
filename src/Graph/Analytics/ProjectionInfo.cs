using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Analytics;

/// <summary>What the current projection holds and what it costs.</summary>
public sealed record ProjectionInfo(long Version, int Entities, int Relationships, long Bytes, double BytesPerRelationship)
{
    internal static ProjectionInfo Of(GraphSnapshot graph) =>
        new(graph.Version, graph.NodeCount, graph.EdgeCount, graph.SizeInBytes, graph.BytesPerRelationship);
}
