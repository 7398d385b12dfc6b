using System.Collections.Immutable;
using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Projection;

/// <summary>
/// Writes do not stall reads: after a write, queries are answered from the previous snapshot, whole, while the next is
/// built, and once it is ready the next query sees the write, also whole.
/// </summary>
public sealed class AnswerWhileBuildingTests : SqliteStoreTest
{
    private static readonly ImmutableArray<Source> Evidence = [new Source("a.txt", null, "a quote", "en")];

    [Fact]
    public async Task The_query_after_a_write_answers_from_the_previous_version_and_a_later_one_from_the_new()
    {
        await Store.WriteAsync(new GraphBatch([Country("country:AAA"), Country("country:BBB"), Country("country:CCC")],
            [Link("rel:a-b", "country:AAA", "country:BBB"), Link("rel:b-c", "country:BBB", "country:CCC")]));
        var analytics = new GraphAnalytics(Store, new HeavyComputations(slots: 2), rebuildInBackgroundEvery: TimeSpan.Zero);
        var first = AnsweredVersion.Begin();
        var before = await analytics.ShortestPathAsync("country:AAA", "country:CCC", DateWindow.All);

        var written = await Store.WriteAsync(new GraphBatch([], [Link("rel:a-c", "country:AAA", "country:CCC")]));
        var stale = AnsweredVersion.Begin();
        var during = await analytics.ShortestPathAsync("country:AAA", "country:CCC", DateWindow.All);
        // The new snapshot is built in the background; the bound only stops a hang.
        Assert.True(SpinWait.SpinUntil(() => analytics.SnapshotVersion == written.Version, TimeSpan.FromMinutes(1)));
        var fresh = AnsweredVersion.Begin();
        var after = await analytics.ShortestPathAsync("country:AAA", "country:CCC", DateWindow.All);

        Assert.Equal((2, first.Version), (before!.Length, stale.Version));
        Assert.Equal(2, during!.Length);
        Assert.True(stale.Version < written.Version);
        Assert.Equal((1, written.Version), (after!.Length, fresh.Version));
    }

    [Fact]
    public async Task Without_it_the_query_after_a_write_waits_for_the_new_version()
    {
        await Store.WriteAsync(new GraphBatch([Country("country:AAA"), Country("country:BBB")], [Link("rel:a-b", "country:AAA", "country:BBB")]));
        var analytics = new GraphAnalytics(Store, new HeavyComputations(slots: 2));
        await analytics.ShortestPathAsync("country:AAA", "country:BBB", DateWindow.All);

        var written = await Store.WriteAsync(new GraphBatch([Country("country:CCC")], [Link("rel:b-c", "country:BBB", "country:CCC")]));
        var scope = AnsweredVersion.Begin();
        var path = await analytics.ShortestPathAsync("country:AAA", "country:CCC", DateWindow.All);

        Assert.Equal(2, path!.Length);
        Assert.Equal(written.Version, scope.Version);
    }

    private static Entity Country(string id) => new() { Id = id, Kind = EntityKind.Country, Name = id, Sources = Evidence };

    private static Relationship Link(string id, string from, string to) =>
        new() { Id = id, Type = RelationshipType.CooperatesWith, From = from, To = to, Sources = Evidence };
}
