using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Storage.Sqlite;

/// <summary>
/// Batches larger than one multi-row statement (1,000 rows): new rows go in many per statement, rows that exist take the
/// per-row update, and the counts and the stored text are what a row-by-row write would give.
/// </summary>
public sealed class SqliteBulkWriteTests : SqliteStoreTest
{
    private const int Count = 2_500;

    private static readonly Entity[] Countries =
    [
        Sample.Entity("country:VNM", EntityKind.Country, "Việt Nam \"Socialist Republic\" \\ ✓"),
        Sample.Entity("country:KOR", EntityKind.Country, "Hàn Quốc"),
    ];

    [Fact]
    public async Task A_large_batch_over_stored_rows_counts_each_row_once_as_added_changed_or_unchanged()
    {
        var all = Enumerable.Range(0, Count).Select(Cooperation).ToArray();
        await Store.WriteAsync(new GraphBatch([.. Countries], [.. all.Take(1_000)]));
        var changed = all.Take(300).Select(r => r with { ValidTo = PartialDate.OfYear(2030) });
        // One identical record twice, on either side of a statement boundary: the second is unchanged.
        var batch = changed.Concat(all.Skip(300)).Append(all[1_999]).ToList();

        var outcome = await Store.WriteAsync(new GraphBatch([], batch));

        Assert.Equal((Count - 1_000, 300, 700 + 1), (outcome.Added, outcome.Changed, outcome.Unchanged));
    }

    [Fact]
    public async Task Rows_written_many_per_statement_read_back_as_written()
    {
        var written = Enumerable.Range(0, Count).Select(Cooperation).ToArray();

        await Store.WriteAsync(new GraphBatch([.. Countries], [.. written]));
        var read = await Store.GetRelationshipsAsync([.. written.Select(r => r.Id)]);
        var entities = await Store.GetEntitiesAsync([.. Countries.Select(c => c.Id)]);

        Assert.Equal(written, written.Select(r => read[r.Id]));
        Assert.Equal(Countries, Countries.Select(c => entities[c.Id]));
        Assert.Single(await Store.SearchAsync("viet nam socialist", null, 10));
    }

    /// <summary>Dates of every precision and none, quotes with JSON's special characters and Vietnamese.</summary>
    private static Relationship Cooperation(int i) => Sample.Relationship(
        $"rel:bulk-{i:D5}", RelationshipType.CooperatesWith, Countries[i % 2].Id, Countries[(i + 1) % 2].Id,
        (i % 4) switch { 0 => null, 1 => PartialDate.OfYear(2000 + (i % 25)), 2 => PartialDate.OfMonth(2010, 1 + (i % 12)), _ => PartialDate.OfDay(2020, 2, 29) },
        i % 3 == 0 ? PartialDate.OfYear(2026) : null) with
    {
        Sources = [new Source("bulk.txt", null, $"Hai nước \"ký kết\" \\ hợp tác {i}\n", "vi", PartialDate.OfYear(2023), "The two countries cooperate")],
    };
}
