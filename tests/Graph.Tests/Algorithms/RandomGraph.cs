using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

/// <summary>A small random multigraph with kinds, types and validity, kept as a plain edge list for brute-force checks.</summary>
internal sealed class RandomGraph
{
    private static readonly DateOnly Epoch = new(2000, 1, 1);

    private RandomGraph(GraphSnapshot snapshot, EdgeColumns edges, byte[] kinds)
    {
        Snapshot = snapshot;
        Edges = edges;
        Kinds = kinds;
    }

    public GraphSnapshot Snapshot { get; }
    public EdgeColumns Edges { get; }
    public byte[] Kinds { get; }
    public int NodeCount => Kinds.Length;

    public static RandomGraph Create(int seed, int nodes, int edges, bool dated = true)
    {
        var random = new Random(seed);
        var kinds = new byte[nodes];
        var ids = new string[nodes];
        for (var v = 0; v < nodes; v++)
        {
            kinds[v] = (byte)random.Next(8);
            ids[v] = $"n{v}";
        }

        var columns = new EdgeColumns(new int[edges], new int[edges], new byte[edges], new int[edges], new int[edges]);
        for (var e = 0; e < edges; e++)
        {
            columns.Sources[e] = random.Next(nodes);
            columns.Targets[e] = random.Next(nodes);
            columns.Types[e] = (byte)random.Next(10);
            var open = !dated || random.Next(4) == 0;
            var start = Epoch.DayNumber + random.Next(3650);
            columns.ValidFrom[e] = open ? int.MinValue : start;
            columns.ValidTo[e] = open || random.Next(3) == 0 ? int.MaxValue : start + random.Next(1000);
        }

        var snapshot = SnapshotBuilder.Build(1, ids, kinds, columns, RelationshipIdTable.ByRule(e => $"rel:{e}"));
        return new RandomGraph(snapshot, columns, kinds);
    }

    public static DateWindow RandomWindow(Random random)
    {
        var start = Epoch.AddDays(random.Next(3650));
        return random.Next(4) == 0 ? DateWindow.All : new DateWindow(start, start.AddDays(random.Next(2000)));
    }

    public static RelationshipType[]? RandomTypes(Random random) =>
        random.Next(3) == 0 ? [.. Enum.GetValues<RelationshipType>().Where(_ => random.Next(3) > 0)] : null;

    /// <summary>Whether edge e may be walked from <paramref name="from"/> under the filter, and where it leads.</summary>
    public bool TryWalk(int e, int from, in TraversalFilter filter, out int to)
    {
        to = -1;
        var type = Edges.Types[e];
        if (Edges.ValidFrom[e] > filter.UntilDay || Edges.ValidTo[e] < filter.SinceDay)
            return false;
        if (Edges.Sources[e] == from && ((filter.OutTypes >> type) & 1) != 0)
        {
            to = Edges.Targets[e];
            return true;
        }

        if (Edges.Targets[e] == from && ((filter.InTypes >> type) & 1) != 0)
        {
            to = Edges.Sources[e];
            return true;
        }

        return false;
    }

    /// <summary>Every walkable step from each node, one entry per relationship end (parallel relationships repeat).</summary>
    public List<(int To, int Edge)>[] Steps(in TraversalFilter filter, bool checkKinds = true)
    {
        var steps = new List<(int, int)>[NodeCount];
        for (var v = 0; v < NodeCount; v++)
            steps[v] = [];
        for (var e = 0; e < Edges.Count; e++)
        {
            int s = Edges.Sources[e], t = Edges.Targets[e];
            var type = Edges.Types[e];
            if (Edges.ValidFrom[e] > filter.UntilDay || Edges.ValidTo[e] < filter.SinceDay)
                continue;
            if (((filter.OutTypes >> type) & 1) != 0 && (!checkKinds || filter.AllowsNode(t, Kinds)))
                steps[s].Add((t, e));
            if (((filter.InTypes >> type) & 1) != 0 && (!checkKinds || filter.AllowsNode(s, Kinds)))
                steps[t].Add((s, e));
        }

        return steps;
    }
}
