using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Algorithms;

namespace KnowledgeGraph.Tests.Projection;

public sealed class ValidityDayIndexTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(500, 40)];

    [Fact]
    public void Windows_that_select_the_same_relationships_get_the_same_filter()
    {
        var snapshot = Snapshot(("2020-01-01", "2020-12-31"), ("2022-01-01", null));

        var spring = snapshot.Filter(Since("2021-03"));
        var autumn = snapshot.Filter(Since("2021-09"));
        var before = snapshot.Filter(Since("2020-06"));

        Assert.Equal(spring, autumn);
        Assert.Equal(spring.Key, autumn.Key);
        Assert.NotEqual(spring, before);
    }

    [Fact]
    public void A_window_every_relationship_passes_checks_no_window()
    {
        var snapshot = Snapshot(("2020-01-01", "2020-12-31"), ("2022-01-01", null));

        var filter = snapshot.Filter(DateWindow.Between(PartialDate.Parse("2019"), PartialDate.Parse("2023")));

        Assert.False(filter.ChecksWindow);
        Assert.Equal(snapshot.Filter(DateWindow.All), filter);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_narrowed_filter_passes_exactly_the_relationships_its_window_does(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 20, edges: random.Next(1, 120));
        for (var trial = 0; trial < 20; trial++)
        {
            var window = RandomGraph.RandomWindow(random);
            var (since, until) = (GraphSnapshot.SinceDay(window), GraphSnapshot.UntilDay(window));

            var filter = graph.Snapshot.Filter(window);

            for (var e = 0; e < graph.Edges.Count; e++)
            {
                var asked = graph.Edges.ValidFrom[e] <= until && graph.Edges.ValidTo[e] >= since;
                var narrowed = graph.Edges.ValidFrom[e] <= filter.UntilDay && graph.Edges.ValidTo[e] >= filter.SinceDay;
                Assert.Equal(asked, narrowed);
            }
        }
    }

    private static DateWindow Since(string date) => DateWindow.Between(PartialDate.Parse(date), null);

    private static GraphSnapshot Snapshot(params (string From, string? To)[] validity)
    {
        var n = validity.Length;
        var columns = new EdgeColumns(new int[n], new int[n], new byte[n], new int[n], new int[n]);
        for (var e = 0; e < n; e++)
        {
            columns.Sources[e] = 0;
            columns.Targets[e] = 1;
            (columns.ValidFrom[e], columns.ValidTo[e], _, _) = EdgeDays.Of(
                new RelationshipTime(PartialDate.Parse(validity[e].From), validity[e].To is { } to ? PartialDate.Parse(to) : null, null, null));
        }

        return SnapshotBuilder.Build(1, ["country:VNM", "country:KOR"], [0, 0], columns, RelationshipIdTable.ByRule(e => $"rel:{e}"));
    }
}
