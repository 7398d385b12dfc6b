using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Tests.Algorithms;

namespace KnowledgeGraph.Tests.Projection;

/// <summary>Renumbering nodes for locality changes where they sit in memory, never what any algorithm answers about an entity.</summary>
public sealed class NodeRenumberingTests
{
    /// <summary>Seeds with the order as its name (NodeOrder is internal, test signatures are public).</summary>
    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        foreach (var seed in Enumerable.Range(500, 12))
        {
            cases.Add(seed, nameof(NodeOrder.Degree));
            cases.Add(seed, nameof(NodeOrder.BreadthFirst));
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_algorithm_gives_each_entity_the_same_answer_before_and_after_renumbering(int seed, string orderName)
    {
        var order = Enum.Parse<NodeOrder>(orderName);
        var random = new Random(seed);
        var given = RandomGraph.Create(seed, nodes: 2 + random.Next(150), edges: random.Next(500));
        var window = RandomGraph.RandomWindow(random);
        var types = RandomGraph.RandomTypes(random);
        var direction = (Direction)random.Next(3);
        var renumbered = SnapshotBuilder.Build(1, given.Snapshot.NodeIds, given.Kinds, given.Edges, RelationshipIdTable.ByRule(e => $"rel:{e}"), order);
        var before = given.Snapshot.Filter(window, types, direction: direction);
        var after = renumbered.Filter(window, types, direction: direction);
        var map = given.Snapshot.NodeIds.Select(id => renumbered.TryGetNode(id, out var v) ? v : -1).ToArray();

        AssertSameByEntity(PageRank.Compute(given.Snapshot, before, new PageRankOptions(Iterations: 200, Tolerance: 1e-15)), PageRank.Compute(renumbered, after, new PageRankOptions(Iterations: 200, Tolerance: 1e-15)), map, 1e-12);
        AssertSameByEntity(Betweenness.Compute(given.Snapshot, before), Betweenness.Compute(renumbered, after), map, 1e-9);
        AssertSameByEntity(Closeness.Compute(given.Snapshot, before, ClosenessMeasure.Harmonic), Closeness.Compute(renumbered, after, ClosenessMeasure.Harmonic), map, 0);
        AssertSameByEntity(Closeness.Compute(given.Snapshot, before, ClosenessMeasure.Closeness), Closeness.Compute(renumbered, after, ClosenessMeasure.Closeness), map, 0);
        var degreeBefore = Degree.Count(given.Snapshot, before);
        var degreeAfter = Degree.Count(renumbered, after);
        Assert.All(Enumerable.Range(0, map.Length), v => Assert.Equal(degreeBefore[v], degreeAfter[map[v]]));

        var componentsBefore = WeakComponents.Label(given.Snapshot, before);
        var componentsAfter = WeakComponents.Label(renumbered, after);
        for (var v = 0; v < map.Length; v++)
        {
            for (var w = 0; w < map.Length; w++)
                Assert.Equal(componentsBefore[v] == componentsBefore[w], componentsAfter[map[v]] == componentsAfter[map[w]]);
        }

        for (var pair = 0; pair < 20; pair++)
        {
            int s = random.Next(map.Length), t = random.Next(map.Length);
            Assert.Equal(ShortestPathSearch.Find(given.Snapshot, before, s, t, maxHops: 8)?.Length, ShortestPathSearch.Find(renumbered, after, map[s], map[t], maxHops: 8)?.Length);
            Assert.Equal(
                KShortestPaths.Find(given.Snapshot, before, s, t, k: 4, maxHops: 6).Select(p => p.Length),
                KShortestPaths.Find(renumbered, after, map[s], map[t], k: 4, maxHops: 6).Select(p => p.Length));
        }
    }

    [Fact]
    public void Degree_order_puts_the_busiest_nodes_first_and_breadth_first_order_starts_from_the_busiest()
    {
        var graph = RandomGraph.Create(3, nodes: 100, edges: 400, dated: false);

        var byDegree = NodeRenumbering.Order(graph.NodeCount, graph.Edges, NodeOrder.Degree);
        var breadthFirst = NodeRenumbering.Order(graph.NodeCount, graph.Edges, NodeOrder.BreadthFirst);

        var degree = new int[graph.NodeCount];
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            degree[graph.Edges.Sources[e]]++;
            degree[graph.Edges.Targets[e]]++;
        }

        Assert.Equal(byDegree.Select(v => degree[v]).OrderDescending(), byDegree.Select(v => degree[v]));
        Assert.Equal(byDegree[0], breadthFirst[0]);
        Assert.Equal(Enumerable.Range(0, graph.NodeCount), breadthFirst.Order());
    }

    private static void AssertSameByEntity(double[] before, double[] after, int[] map, double tolerance)
    {
        for (var v = 0; v < before.Length; v++)
            Assert.True(Math.Abs(before[v] - after[map[v]]) <= tolerance, $"node {v}: {before[v]} before, {after[map[v]]} after");
    }
}
