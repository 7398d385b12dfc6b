namespace KnowledgeGraph.Analytics;

/// <summary>What the current projection holds and what it costs.</summary>
public sealed record ProjectionInfo(long Version, int Entities, int Relationships, long Bytes, double BytesPerRelationship);
