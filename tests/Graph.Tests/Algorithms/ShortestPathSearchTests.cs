using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

public sealed class ShortestPathSearchTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Path_length_matches_brute_force_breadth_first_search_under_random_filters(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 5 + random.Next(40), edges: random.Next(120));
        for (var query = 0; query < 30; query++)
        {
            var direction = (Direction)random.Next(3);
            var kinds = random.Next(3) == 0 ? Enum.GetValues<EntityKind>().Where(_ => random.Next(4) > 0).ToArray() : null;
            var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), kinds, direction);
            int source = random.Next(graph.NodeCount), target = random.Next(graph.NodeCount);
            var maxHops = 1 + random.Next(8);

            var path = ShortestPathSearch.Find(graph.Snapshot, filter, source, target, maxHops);
            var expected = PathChecks.BruteForceDistance(graph, filter, source, target);

            var expectedWithinLimit = expected <= maxHops ? expected : null;
            Assert.Equal(expectedWithinLimit, path?.Length);
            if (path is not null)
                PathChecks.AssertValid(graph, filter, path, source, target, maxHops);
        }
    }

    [Fact]
    public void A_relationship_outside_the_window_is_never_on_a_path()
    {
        var day = new DateOnly(2020, 1, 1).DayNumber;
        var columns = new EdgeColumns([0, 1, 0], [1, 2, 2], [(byte)RelationshipType.CooperatesWith, (byte)RelationshipType.CooperatesWith, (byte)RelationshipType.CooperatesWith],
            [day, day, day + 400], [day + 10, day + 10, day + 500]);
        var snapshot = SnapshotBuilder.Build(1, ["a", "b", "c"], [0, 0, 0], columns, RelationshipIdTable.ByRule(e => $"rel:{e}"));
        var inJanuary = snapshot.Filter(new DateWindow(new DateOnly(2020, 1, 5), new DateOnly(2020, 1, 31)));

        var path = ShortestPathSearch.Find(snapshot, inJanuary, 0, 2, 6);

        Assert.NotNull(path);
        Assert.Equal([0, 1], path.Edges);
    }

    [Fact]
    public void Outgoing_search_follows_directed_relationships_one_way_only()
    {
        var columns = new EdgeColumns([0], [1], [(byte)RelationshipType.PartOf], [int.MinValue], [int.MaxValue]);
        var snapshot = SnapshotBuilder.Build(1, ["a", "b"], [0, 0], columns, RelationshipIdTable.ByRule(e => $"rel:{e}"));
        var outgoing = snapshot.Filter(DateWindow.All, direction: Direction.Outgoing);

        Assert.NotNull(ShortestPathSearch.Find(snapshot, outgoing, 0, 1, 3));
        Assert.Null(ShortestPathSearch.Find(snapshot, outgoing, 1, 0, 3));
        Assert.NotNull(ShortestPathSearch.Find(snapshot, snapshot.Filter(DateWindow.All), 1, 0, 3));
    }
}
