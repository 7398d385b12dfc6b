using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>Settings of a Louvain run; the defaults are NetworkX's (<c>louvain_communities</c>).</summary>
public sealed record LouvainOptions(double Resolution = 1.0, double Threshold = 1e-7, int Seed = 42)
{
    /// <summary>Names these settings in a cache key.</summary>
    public string Key => $"louvain:{Resolution}:{Threshold}:{Seed}";
}

/// <summary>
/// Louvain community detection (Blondel et al. 2008) over the filtered relationships, undirected, each relationship
/// weighing 1 (parallel ones add up). Each level moves nodes, in an order shuffled once with the seed, to the neighbouring
/// community that raises modularity most, and after a move revisits only the neighbours left outside the mover's new
/// community, until no node can gain (the queue of Leiden's fast local moving; NetworkX instead sweeps every node again
/// until a sweep moves none, which on a million nodes costs tens of nearly idle sweeps); then collapses each community
/// into one node. It stops when a level raises modularity by no more than the threshold.
/// The same seed gives the same communities.
/// Cancellation is checked every <see cref="CheckEvery"/> node visits.
/// </summary>
public static class Louvain
{
    private const int CheckEvery = 1 << 14;

    /// <summary>
    /// Each move strictly raises modularity, so the moves end; this bounds them should rounding make two moves undo each
    /// other (the graphs we test need a few visits per node).
    /// </summary>
    private const int MaxVisitsPerNode = 1_000;

    /// <summary>The communities of the filtered graph, the same for the same seed.</summary>
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
            var (community, count, moved) = OneLevel(level, options.Resolution, random, cancellationToken);
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
    private static (int[] Community, int Count, bool Moved) OneLevel(WeightedGraph graph, double resolution, Random random, CancellationToken cancellationToken)
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
        var seenAt = new int[n];
        Array.Fill(seenAt, -1);
        var touched = new int[n];
        var halfOverM = resolution / (2 * graph.TotalWeight);

        // Every node once in the shuffled order, then only nodes whose neighbour just moved away from them (a ring of n).
        var queue = (int[])order.Clone();
        var queued = new bool[n];
        Array.Fill(queued, true);
        int head = 0, count = n;
        var moved = false;
        var maxVisits = (long)MaxVisitsPerNode * n;
        for (var visit = 0; count > 0 && visit < maxVisits; visit++)
        {
            if ((visit & (CheckEvery - 1)) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var u = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            queued[u] = false;
            var touchedCount = 0;
            for (int i = graph.Offsets[u], end = graph.Offsets[u + 1]; i < end; i++)
            {
                var c = community[graph.Neighbors[i]];
                if (seenAt[c] != visit)
                {
                    seenAt[c] = visit;
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
            var bestGain = (seenAt[own] == visit ? weightTo[own] : 0) - total[own] * degree * halfOverM;
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
            if (best == own)
                continue;
            community[u] = best;
            moved = true;
            for (int i = graph.Offsets[u], end = graph.Offsets[u + 1]; i < end; i++)
            {
                var w = graph.Neighbors[i];
                if (!queued[w] && community[w] != best)
                {
                    queued[w] = true;
                    queue[(head + count) % n] = w;
                    count++;
                }
            }
        }

        var partition = CommunityPartition.FromLabels(community, double.NaN);
        return (partition.Community, partition.Count, moved);
    }
}
