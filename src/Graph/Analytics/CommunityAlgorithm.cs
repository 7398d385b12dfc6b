namespace KnowledgeGraph.Analytics;

/// <summary>How entities are grouped: Louvain communities (modularity), or weakly connected components.</summary>
public enum CommunityAlgorithm
{
    /// <summary>Louvain communities, grouping entities so as to raise modularity.</summary>
    Louvain,

    /// <summary>Weakly connected components: entities joined by any chain of relationships.</summary>
    WeaklyConnected,
}
