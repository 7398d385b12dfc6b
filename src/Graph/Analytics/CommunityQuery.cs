using KnowledgeGraph.Model;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// Groups of entities over the relationships valid in <see cref="Window"/>, followed whichever way they point. Only entities
/// with a relationship in the window belong to a group. <see cref="Among"/> narrows what is listed, not what is computed.
/// </summary>
public sealed record CommunityQuery
{
    /// <summary>Relationships valid in this window are followed; all by default.</summary>
    public DateWindow Window { get; init; } = DateWindow.All;

    /// <summary>How communities are found; Louvain by default.</summary>
    public CommunityAlgorithm Algorithm { get; init; } = CommunityAlgorithm.Louvain;

    /// <summary>
    /// When set, only groups holding one of these entities are listed, each with only these entities as members (its
    /// size stays the whole group's): what a view that shows these entities needs to colour them. Unknown ids are ignored.
    /// </summary>
    public IReadOnlyCollection<string>? Among { get; init; }
}
