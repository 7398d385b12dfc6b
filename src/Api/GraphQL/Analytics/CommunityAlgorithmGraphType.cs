using GraphQL.Types;

using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>The <c>CommunityAlgorithm</c> enum.</summary>
internal sealed class CommunityAlgorithmGraphType : EnumerationGraphType
{
    public CommunityAlgorithmGraphType()
    {
        Name = "CommunityAlgorithm";
        Add("LOUVAIN", CommunityAlgorithm.Louvain, "Louvain communities: groups linked more densely inside than chance would link them (modularity), seeded so the same window always gives the same groups");
        Add("WEAKLY_CONNECTED", CommunityAlgorithm.WeaklyConnected, "Weakly connected components: entities joined by any chain of relationships valid in the window, whichever way each points");
    }
}
