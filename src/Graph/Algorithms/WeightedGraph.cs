using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// An undirected weighted graph for community detection: a symmetric CSR (each relationship between two different nodes in
/// both rows) with each node's self-loop weight kept apart. Built from a snapshot's filtered relationships, whichever way
/// they point, parallel relationships as separate unit entries (no weights array); collapsed into one node per community
/// between Louvain's levels, where entries are merged and weighted.
/// </summary>
internal sealed class WeightedGraph
{
    private WeightedGraph(int[] offsets, int[] neighbors, double[]? weights, double[] loops)
    {
        Offsets = offsets;
        Neighbors = neighbors;
        Weights = weights;
        Loops = loops;
        Degree = new double[loops.Length];
        var total = 0.0;
        for (var v = 0; v < loops.Length; v++)
        {
            var degree = 2 * loops[v];
            for (var i = offsets[v]; i < offsets[v + 1]; i++)
                degree += WeightAt(i);
            Degree[v] = degree;
            total += degree;
        }

        TotalWeight = total / 2;
    }

    public int NodeCount => Loops.Length;

    /// <summary>Length node count + 1.</summary>
    public int[] Offsets { get; }

    public int[] Neighbors { get; }

    /// <summary>Weight of each entry; null when every entry weighs 1.</summary>
    public double[]? Weights { get; }

    /// <summary>Weight of each node's relationships to itself.</summary>
    public double[] Loops { get; }

    /// <summary>Sum of the weights at each node, a self-loop counting twice (as in NetworkX's degree).</summary>
    public double[] Degree { get; }

    /// <summary>Sum of every relationship's weight, each counted once.</summary>
    public double TotalWeight { get; }

    public double WeightAt(int entry) => Weights is null ? 1.0 : Weights[entry];

    public static WeightedGraph From(GraphSnapshot graph, in TraversalFilter filter, CancellationToken cancellationToken)
    {
        var n = graph.NodeCount;
        var f = filter;
        var types = f.OutTypes | f.InTypes;
        var offsets = new int[n + 1];
        var loops = new double[n];
        ForEachRelationship(graph, f, types, (v, w) =>
        {
            if (v == w)
                loops[v]++;
            else
            {
                offsets[v + 1]++;
                offsets[w + 1]++;
            }
        }, cancellationToken);
        for (var v = 0; v < n; v++)
            offsets[v + 1] += offsets[v];

        var cursor = offsets[..n];
        var neighbors = new int[offsets[n]];
        ForEachRelationship(graph, f, types, (v, w) =>
        {
            if (v == w)
                return;
            neighbors[cursor[v]++] = w;
            neighbors[cursor[w]++] = v;
        }, cancellationToken);
        return new WeightedGraph(offsets, neighbors, null, loops);
    }

    /// <summary>One node per community (0..<paramref name="count"/>-1): edges between two communities merge into one weighted entry, edges inside one into its self-loop.</summary>
    public WeightedGraph Collapse(int[] community, int count, CancellationToken cancellationToken)
    {
        var n = NodeCount;
        var memberStart = new int[count + 1];
        foreach (var c in community)
            memberStart[c + 1]++;
        for (var c = 0; c < count; c++)
            memberStart[c + 1] += memberStart[c];
        var members = new int[n];
        var fill = memberStart[..count];
        for (var v = 0; v < n; v++)
            members[fill[community[v]]++] = v;

        var offsets = new int[count + 1];
        var neighbors = new int[Neighbors.Length];
        var weights = new double[Neighbors.Length];
        var loops = new double[count];
        var weightTo = new double[count];
        var seenBy = new int[count];
        Array.Fill(seenBy, -1);
        var touched = new int[count];
        var written = 0;
        for (var c = 0; c < count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var touchedCount = 0;
            var inside = 0.0;
            for (var m = memberStart[c]; m < memberStart[c + 1]; m++)
            {
                var v = members[m];
                loops[c] += Loops[v];
                for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    var d = community[Neighbors[i]];
                    if (d == c)
                    {
                        inside += WeightAt(i);
                        continue;
                    }

                    if (seenBy[d] != c)
                    {
                        seenBy[d] = c;
                        weightTo[d] = 0;
                        touched[touchedCount++] = d;
                    }

                    weightTo[d] += WeightAt(i);
                }
            }

            // Each edge inside the community was met from both of its ends.
            loops[c] += inside / 2;
            for (var t = 0; t < touchedCount; t++)
            {
                neighbors[written] = touched[t];
                weights[written++] = weightTo[touched[t]];
            }

            offsets[c + 1] = written;
        }

        return new WeightedGraph(offsets, neighbors[..written], weights[..written], loops);
    }

    /// <summary>Modularity of a partition (NetworkX's definition): the share of weight inside communities minus what random wiring with the same degrees would put there.</summary>
    public double Modularity(int[] community, int count, double resolution)
    {
        if (TotalWeight == 0)
            return 0;
        var inside = new double[count];
        var degree = new double[count];
        for (var v = 0; v < NodeCount; v++)
        {
            var c = community[v];
            degree[c] += Degree[v];
            inside[c] += Loops[v];
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            {
                if (community[Neighbors[i]] == c)
                    inside[c] += WeightAt(i) / 2;
            }
        }

        var m = TotalWeight;
        var q = 0.0;
        for (var c = 0; c < count; c++)
            q += inside[c] / m - resolution * (degree[c] / (2 * m)) * (degree[c] / (2 * m));
        return q;
    }

    /// <summary>Every relationship passing the filter once, from its source's outgoing row (a kind filter keeps both ends).</summary>
    private static void ForEachRelationship(GraphSnapshot graph, TraversalFilter filter, uint types, Action<int, int> visit, CancellationToken cancellationToken)
    {
        var index = graph.Out;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if ((v & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (!filter.AllowsNode(v, graph.NodeKinds))
                continue;
            for (int i = index.Offsets[v], end = index.Offsets[v + 1]; i < end; i++)
            {
                if (filter.Allows(index, types, i, graph.NodeKinds))
                    visit(v, index.Neighbors[i]);
            }
        }
    }
}
