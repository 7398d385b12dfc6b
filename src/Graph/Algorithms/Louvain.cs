using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>Settings of a Louvain run; the defaults are NetworkX's (<c>louvain_communities</c>).</summary>
internal sealed record LouvainOptions(double Resolution = 1.0, double Threshold = 1e-7, int Seed = 42)
{
    public string Key => $"louvain:{Resolution}:{Threshold}:{Seed}";
}

/// <summary>
/// Louvain community detection (Blondel et al. 2008) over the filtered relationships, undirected, each relationship
/// weighing 1 (parallel ones add up). Each level moves nodes, in an order shuffled once with the seed, to the neighbouring
/// community that raises modularity most, pass after pass until a pass raises it by no more than the threshold (as
/// python-louvain does; NetworkX waits until no node moves, which on a million nodes costs tens of nearly idle passes);
/// then collapses each community into one node. It stops when a level raises modularity by no more than the threshold.
/// The same seed gives the same communities.
/// Cancellation is checked every <see cref="CheckEvery"/> node visits.
/// </summary>
internal static class Louvain
{
    private const int CheckEvery = 1 << 14;

    /// <summary>
    /// Each pass strictly raises modularity, so passes end; this bounds them should rounding make two moves undo each
    /// other (NetworkX converges in tens of passes on the graphs we test).
    /// </summary>
    private const int MaxPassesPerLevel = 1_000;

    public static CommunityPartition Detect(GraphSnapshot graph, in TraversalFilter filter, LouvainOptions options, CancellationToken cancellationToken = default)
    {
        var n = graph.NodeCount;
        var level = WeightedGraph.From(graph, filter, cancellationToken);
        var membership = new int[n];
        for (var v = 0; v < n; v++)
            membership[v] = v;
        var random = new Random(options.Seed);
        var modularity = level.Modularity(membership, n, options.Resolution);
        while (level.TotalWeight > 0)
        {
            var (community, count, moved) = OneLevel(level, options.Resolution, options.Threshold, random, cancellationToken);
            for (var v = 0; v < n; v++)
                membership[v] = community[membership[v]];
            var next = level.Modularity(community, count, options.Resolution);
            if (!moved || next - modularity <= options.Threshold)
            {
                modularity = next;
                break;
            }

            modularity = next;
            level = level.Collapse(community, count, cancellationToken);
        }

        for (var v = 0; v < n; v++)
        {
            if (!filter.AllowsNode(v, graph.NodeKinds))
                membership[v] = -1;
        }

        return CommunityPartition.FromLabels(membership, modularity);
    }

    /// <summary>Local moves on one level; communities renumbered 0.. in order of their lowest node.</summary>
    private static (int[] Community, int Count, bool Moved) OneLevel(WeightedGraph graph, double resolution, double threshold, Random random, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var community = new int[n];
        var total = new double[n];
        var order = new int[n];
        for (var v = 0; v < n; v++)
        {
            community[v] = v;
            total[v] = graph.Degree[v];
            order[v] = v;
        }

        random.Shuffle(order);
        var weightTo = new double[n];
        var seenBy = new int[n];
        var touched = new int[n];
        var halfOverM = resolution / (2 * graph.TotalWeight);
        var moved = false;
        var visits = 0;
        for (var pass = 0; pass < MaxPassesPerLevel; pass++)
        {
            Array.Fill(seenBy, -1);
            var moves = 0;
            var raised = 0.0;
            foreach (var u in order)
            {
                if ((++visits & (CheckEvery - 1)) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                var touchedCount = 0;
                for (int i = graph.Offsets[u], end = graph.Offsets[u + 1]; i < end; i++)
                {
                    var c = community[graph.Neighbors[i]];
                    if (seenBy[c] != u)
                    {
                        seenBy[c] = u;
                        weightTo[c] = 0;
                        touched[touchedCount++] = c;
                    }

                    weightTo[c] += graph.WeightAt(i);
                }

                // Gains are ΔQ·m of joining a community after leaving one's own: links into it minus its expected share.
                var own = community[u];
                var degree = graph.Degree[u];
                total[own] -= degree;
                var best = own;
                var ownGain = (seenBy[own] == u ? weightTo[own] : 0) - total[own] * degree * halfOverM;
                var bestGain = ownGain;
                for (var t = 0; t < touchedCount; t++)
                {
                    var c = touched[t];
                    var gain = weightTo[c] - total[c] * degree * halfOverM;
                    if (gain > bestGain)
                    {
                        bestGain = gain;
                        best = c;
                    }
                }

                total[best] += degree;
                if (best != own)
                {
                    community[u] = best;
                    moves++;
                    raised += bestGain - ownGain;
                }
            }

            moved |= moves > 0;
            if (moves == 0 || raised / graph.TotalWeight <= threshold)
                break;
        }

        var partition = CommunityPartition.FromLabels(community, double.NaN);
        return (partition.Community, partition.Count, moved);
    }
}
