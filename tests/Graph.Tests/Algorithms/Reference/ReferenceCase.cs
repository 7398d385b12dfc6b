using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Synthetic;

namespace KnowledgeGraph.Tests.Algorithms.Reference;

/// <summary>A snapshot and a filter, with the relationships the filter passes as a plain undirected edge list for the reference.</summary>
internal sealed class ReferenceCase
{
    private ReferenceCase(string name, GraphSnapshot snapshot, TraversalFilter filter)
    {
        Name = name;
        Snapshot = snapshot;
        Filter = filter;
        var edges = new List<int[]>();
        var types = filter.OutTypes | filter.InTypes;
        for (var v = 0; v < snapshot.NodeCount; v++)
        {
            for (var i = snapshot.Out.Offsets[v]; i < snapshot.Out.Offsets[v + 1]; i++)
            {
                if (filter.Allows(snapshot.Out, types, i, snapshot.NodeKinds))
                    edges.Add([v, snapshot.Out.Neighbors[i]]);
            }
        }

        Edges = edges;
    }

    public string Name { get; }
    public GraphSnapshot Snapshot { get; }
    public TraversalFilter Filter { get; }
    public IReadOnlyList<int[]> Edges { get; }

    public override string ToString() => Name;

    /// <summary>Generated cooperation graphs (skewed degrees, the product's generator), random multigraphs with windows and types, and planted groups.</summary>
    public static IReadOnlyList<ReferenceCase> All()
    {
        var cases = new List<ReferenceCase>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var generator = new SyntheticGraphGenerator(new SyntheticGraphSpec(1_500, 5_000, seed));
            var snapshot = SyntheticProjection.Build(generator.Nodes.Ids, generator.Nodes.Kinds, SyntheticProjection.Columns(generator));
            cases.Add(new ReferenceCase($"generated {seed}, all time", snapshot, snapshot.Filter(DateWindow.All)));
            cases.Add(new ReferenceCase($"generated {seed}, 2020-2022", snapshot, snapshot.Filter(new DateWindow(new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31)))));
        }

        foreach (var seed in Enumerable.Range(300, 16))
        {
            var random = new Random(seed);
            var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(120), edges: random.Next(400));
            cases.Add(new ReferenceCase($"random {seed}", graph.Snapshot, graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random))));
        }

        foreach (var seed in new[] { 7, 8 })
        {
            var planted = PlantedGroups(seed, groups: 6, size: 25);
            cases.Add(new ReferenceCase($"planted {seed}", planted, planted.Filter(DateWindow.All)));
        }

        return cases;
    }

    /// <summary>Groups dense inside (p = 0.3) and sparse between (p = 0.01), so the best split is plain to see.</summary>
    private static GraphSnapshot PlantedGroups(int seed, int groups, int size)
    {
        var random = new Random(seed);
        var n = groups * size;
        var sources = new List<int>();
        var targets = new List<int>();
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                if (random.NextDouble() < (u / size == v / size ? 0.3 : 0.01))
                {
                    sources.Add(u);
                    targets.Add(v);
                }
            }
        }

        var m = sources.Count;
        var columns = new EdgeColumns([.. sources], [.. targets], new byte[m], Enumerable.Repeat(int.MinValue, m).ToArray(), Enumerable.Repeat(int.MaxValue, m).ToArray());
        var ids = Enumerable.Range(0, n).Select(v => $"n{v}").ToArray();
        return SnapshotBuilder.Build(1, ids, new byte[n], columns, RelationshipIdTable.ByRule(e => $"rel:{e}"));
    }
}
