using KnowledgeGraph.Model;

namespace KnowledgeGraph.Analytics;

/// <summary>An entity's place in an influence ranking.</summary>
public sealed record InfluenceResult(int Rank, double Score, Entity Entity);
