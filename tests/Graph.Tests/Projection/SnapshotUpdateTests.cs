using System.Diagnostics;
using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Telemetry;
using KnowledgeGraph.Tests.Storage;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Projection;

public sealed class SnapshotUpdateTests : SqliteStoreTest
{
    private static readonly Entity[] Countries = [.. Enumerable.Range(0, 24).Select(i => Sample.Entity($"country:C{i:00}", EntityKind.Country, $"Country {i}"))];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Journalled_writes_applied_to_the_previous_snapshot_give_what_a_fresh_read_gives(int seed)
    {
        var journal = new StoreChangeJournal();
        var store = journal.Journaling(Store);
        await store.WriteAsync(Sample.Batch);
        await store.WriteAsync(new GraphBatch(Countries, []));
        var previous = await SnapshotReader.ReadAsync(Store);
        var random = new Random(seed);
        var written = new List<string>(Sample.Batch.Relationships.Select(r => r.Id));

        for (var round = 0; round < 60; round++)
        {
            var action = random.Next(4);
            if (action == 3 && written.Count > 0)
            {
                var id = written[random.Next(written.Count)];
                await store.DeleteRelationshipAsync(id);
                written.Remove(id);
                continue;
            }

            // New relationships, and now and then one that replaces an earlier one (other ends, other dates).
            var batch = Enumerable.Range(0, 1 + random.Next(3)).Select(i => Link(random, action == 2 && written.Count > 0 ? written[random.Next(written.Count)] : $"rel:r{round}-{i}")).ToList();
            await store.WriteAsync(new GraphBatch([], batch));
            written.AddRange(batch.Select(r => r.Id).Where(id => !written.Contains(id)));
        }

        var version = await Store.GetVersionAsync();
        Assert.True(journal.TryCover(previous.Version, version, out var changes));
        var updated = await SnapshotReader.FromEdgesAsync(version, SnapshotUpdate.EdgesAfter(previous, changes).ToAsyncEnumerable());
        var fresh = await SnapshotReader.ReadAsync(Store);

        AssertSameSnapshot(fresh, updated);
    }

    [Fact]
    public async Task A_write_made_past_the_journal_leaves_a_gap_the_journal_does_not_cover()
    {
        var journal = new StoreChangeJournal();
        var store = journal.Journaling(Store);
        var start = await Store.GetVersionAsync();
        var first = (await store.WriteAsync(new GraphBatch([Countries[0], Countries[1]], []))).Version;
        var unseen = (await Store.WriteAsync(new GraphBatch([Countries[2]], []))).Version;
        var last = (await store.WriteAsync(new GraphBatch([Countries[3]], []))).Version;

        Assert.True(journal.TryCover(start, first, out var covered));
        Assert.Single(covered);
        Assert.False(journal.TryCover(start, last, out _));
        Assert.False(journal.TryCover(first, last, out _));
        Assert.True(journal.TryCover(unseen, last, out _));
    }

    [Fact]
    public async Task A_batch_larger_than_the_journal_holds_is_not_kept_and_leaves_a_gap()
    {
        var journal = new StoreChangeJournal();
        var store = journal.Journaling(Store);
        var start = (await store.WriteAsync(new GraphBatch(Countries, []))).Version;
        var many = Enumerable.Range(0, StoreChangeJournal.MaxRelationships + 1)
            .Select(i => Sample.Relationship($"rel:bulk-{i}", RelationshipType.CooperatesWith, Countries[i % 2].Id, Countries[2 + i % 3].Id, null, null))
            .ToList();
        var bulk = (await store.WriteAsync(new GraphBatch([], many))).Version;

        Assert.False(journal.TryCover(start, bulk, out _));
    }

    [Fact]
    public async Task A_write_that_changes_nothing_is_not_journalled_and_a_deletion_is()
    {
        var journal = new StoreChangeJournal();
        var store = journal.Journaling(Store);
        var written = (await store.WriteAsync(Sample.Batch)).Version;
        var again = (await store.WriteAsync(Sample.Batch)).Version;
        await store.DeleteRelationshipAsync(Sample.Cooperates.Id);
        await store.DeleteRelationshipAsync(Sample.Cooperates.Id);
        var deleted = await Store.GetVersionAsync();

        Assert.Equal(written, again);
        Assert.True(journal.TryCover(written, deleted, out var changes));
        Assert.Equal([Sample.Cooperates.Id], Assert.Single(changes).Deleted);
    }

    [Fact]
    public async Task After_a_journalled_write_the_next_query_answers_with_it_from_the_snapshot_brought_up_to_date_in_memory()
    {
        var journal = new StoreChangeJournal();
        var store = journal.Journaling(Store);
        await store.WriteAsync(Sample.Batch);
        var analytics = new GraphAnalytics(store, new HeavyComputations(slots: 2), changes: journal);
        var builds = new List<bool>();
        using var listener = BuildListener(builds);

        var before = await analytics.ShortestPathAsync(Sample.Laos.Id, Sample.Korea.Id, DateWindow.All);
        var link = Sample.Relationship("rel:g-laos-korea", RelationshipType.CooperatesWith, Sample.Laos.Id, Sample.Korea.Id, PartialDate.OfYear(2021), null);
        await store.WriteAsync(new GraphBatch([], [link]));
        var after = await analytics.ShortestPathAsync(Sample.Laos.Id, Sample.Korea.Id, DateWindow.All);

        Assert.Equal(3, before!.Length);
        Assert.Equal([link.Id], after!.Relationships.Select(r => r.Id));
        Assert.Equal([false, true], builds);
    }

    private static Relationship Link(Random random, string id)
    {
        var from = Countries[random.Next(Countries.Length)].Id;
        var to = Countries[random.Next(Countries.Length)].Id;
        var start = random.Next(3) == 0 ? (PartialDate?)null : PartialDate.OfYear(1990 + random.Next(30));
        var end = start is null || random.Next(2) == 0 ? (PartialDate?)null : PartialDate.OfYear(start.Value.Start.Year + random.Next(10));
        return Sample.Relationship(id, random.Next(2) == 0 ? RelationshipType.CooperatesWith : RelationshipType.MemberOf, from, to, start, end);
    }

    private static ActivityListener BuildListener(List<bool> builds)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.OperationName == "projection.build")
                {
                    lock (builds)
                        builds.Add(activity.GetTagItem("kg.projection.updated_in_memory") is true);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static void AssertSameSnapshot(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Version, actual.Version);
        Assert.Equal(expected.NodeIds, actual.NodeIds);
        Assert.Equal(expected.NodeKinds, actual.NodeKinds);
        foreach (var (want, got) in new[] { (expected.Out, actual.Out), (expected.In, actual.In) })
        {
            Assert.Equal(want.Offsets, got.Offsets);
            Assert.Equal(want.Neighbors, got.Neighbors);
            Assert.Equal(want.Edges, got.Edges);
            Assert.Equal(want.Types, got.Types);
            Assert.Equal(want.ValidFrom, got.ValidFrom);
            Assert.Equal(want.ValidTo, got.ValidTo);
            Assert.Equal(want.StatedFrom, got.StatedFrom);
            Assert.Equal(want.StatedTo, got.StatedTo);
        }

        Assert.Equal(Enumerable.Range(0, expected.EdgeCount).Select(e => expected.RelationshipIds[e]), Enumerable.Range(0, actual.EdgeCount).Select(e => actual.RelationshipIds[e]));
    }
}
