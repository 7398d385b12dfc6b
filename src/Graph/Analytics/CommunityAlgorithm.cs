namespace KnowledgeGraph.Analytics;

/// <summary>How entities are grouped: Louvain communities (modularity), or weakly connected components.</summary>
public enum CommunityAlgorithm
{
    Louvain,
    WeaklyConnected,
}
