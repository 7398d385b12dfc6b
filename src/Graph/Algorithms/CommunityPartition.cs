namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Nodes split into communities: each node's community in 0..<see cref="Count"/>-1 (-1 for nodes outside the kind filter),
/// numbered in order of their lowest node; <see cref="Modularity"/> of the split, NaN when the algorithm does not optimise it.
/// </summary>
public sealed record CommunityPartition(int[] Community, int Count, double Modularity)
{
    /// <summary>Renumbers arbitrary non-negative labels (negative = no community) to 0.. in order of each label's first node.</summary>
    public static CommunityPartition FromLabels(int[] labels, double modularity)
    {
        var renumbered = new int[labels.Length];
        var next = new Dictionary<int, int>();
        for (var v = 0; v < labels.Length; v++)
        {
            if (labels[v] < 0)
            {
                renumbered[v] = -1;
                continue;
            }

            if (!next.TryGetValue(labels[v], out var c))
                next.Add(labels[v], c = next.Count);
            renumbered[v] = c;
        }

        return new CommunityPartition(renumbered, next.Count, modularity);
    }
}
