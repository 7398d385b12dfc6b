namespace KnowledgeGraph.Algorithms;

/// <summary>A node's place in a ranking: 1-based rank, node index and score.</summary>
public readonly record struct RankedNode(int Rank, int Node, double Score);
