using System.Collections.Immutable;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> promises, written against the port only. Each backend runs it through
/// a subclass that supplies a fresh, empty, initialized store.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private readonly List<IGraphStore> _opened = [];

    /// <summary>A new store with nothing in it, already initialized. May skip the test when the backend is not available.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _opened)
            await store.DisposeAsync();
    }

    private async Task<IGraphStore> StoreAsync()
    {
        var store = await CreateEmptyStoreAsync();
        _opened.Add(store);
        return store;
    }

    private async Task<IGraphStore> SeededStoreAsync()
    {
        var store = await StoreAsync();
        await store.WriteAsync(Sample.Batch);
        return store;
    }

    [SkippableFact]
    public async Task Initialize_can_run_again_on_an_initialized_store_and_keeps_the_data()
    {
        var store = await SeededStoreAsync();

        await store.InitializeAsync();

        Assert.Equal(Sample.Molisa, await store.GetEntityAsync(Sample.Molisa.Id));
    }

    [SkippableFact]
    public async Task Written_entities_read_back_equal_with_names_aliases_dates_properties_and_sources()
    {
        var store = await SeededStoreAsync();

        var found = await store.GetEntitiesAsync([Sample.Molisa.Id, Sample.Vietnam.Id, "country:XXX"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(Sample.Molisa, found[Sample.Molisa.Id]);
        Assert.Equal(Sample.Vietnam, found[Sample.Vietnam.Id]);
        Assert.Equal(Sample.Agreement, await store.GetEntityAsync(Sample.Agreement.Id));
    }

    [SkippableFact]
    public async Task Written_relationships_read_back_equal_with_partial_dates_properties_and_sources()
    {
        var store = await SeededStoreAsync();

        var found = await store.GetRelationshipsAsync([Sample.Signed.Id, Sample.HoldsPosition.Id, "missing"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(Sample.Signed, found[Sample.Signed.Id]);
        Assert.Equal(Sample.HoldsPosition, found[Sample.HoldsPosition.Id]);
        Assert.Equal(Sample.Cooperates, await store.GetRelationshipAsync(Sample.Cooperates.Id));
    }

    [SkippableFact]
    public async Task Unknown_ids_read_as_null_and_empty()
    {
        var store = await SeededStoreAsync();

        Assert.Null(await store.GetEntityAsync("country:XXX"));
        Assert.Null(await store.GetRelationshipAsync("no-such-relationship"));
        Assert.Empty(await store.GetEntitiesAsync([]));
        Assert.Empty(await store.GetRelationshipsAsync([]));
        Assert.Empty(await store.GetRelationshipsOfAsync("country:XXX", RelationshipQuery.All));
    }

    [SkippableFact]
    public async Task First_write_reports_every_record_added_and_raises_the_version()
    {
        var store = await StoreAsync();
        var before = await store.GetVersionAsync();

        var outcome = await store.WriteAsync(Sample.Batch);

        Assert.Equal((Sample.Batch.Entities.Count + Sample.Batch.Relationships.Count, 0, 0), (outcome.Added, outcome.Changed, outcome.Unchanged));
        Assert.True(outcome.Version > before);
        Assert.Equal(outcome.Version, await store.GetVersionAsync());
    }

    [SkippableFact]
    public async Task Writing_the_same_batch_again_changes_nothing_and_keeps_the_version()
    {
        var store = await SeededStoreAsync();
        var version = await store.GetVersionAsync();

        var outcome = await store.WriteAsync(Sample.Batch);

        Assert.Equal((0, 0, Sample.Batch.Entities.Count + Sample.Batch.Relationships.Count), (outcome.Added, outcome.Changed, outcome.Unchanged));
        Assert.False(outcome.ChangedAnything);
        Assert.Equal(version, outcome.Version);
        Assert.Equal(version, await store.GetVersionAsync());
    }

    [SkippableFact]
    public async Task A_changed_record_replaces_the_stored_one_entirely_and_raises_the_version()
    {
        var store = await SeededStoreAsync();
        var version = await store.GetVersionAsync();
        var renamed = Sample.Molisa with { Name = "Ministry of Home Affairs", Properties = ImmutableSortedDictionary<string, string>.Empty, Aliases = ["MOHA"] };
        var redated = Sample.Signed with { ValidFrom = PartialDate.OfMonth(2023, 7), Properties = ImmutableSortedDictionary<string, string>.Empty.Add("title", "Revised MoU") };

        var outcome = await store.WriteAsync(new GraphBatch([renamed], [redated]));

        Assert.Equal((0, 2, 0), (outcome.Added, outcome.Changed, outcome.Unchanged));
        Assert.True(outcome.Version > version);
        Assert.Equal(renamed, await store.GetEntityAsync(renamed.Id));
        Assert.Equal(redated, await store.GetRelationshipAsync(redated.Id));
    }

    [SkippableFact]
    public async Task A_relationship_can_move_to_other_endpoints_under_the_same_id()
    {
        var store = await SeededStoreAsync();
        var moved = Sample.Signed with { From = Sample.Vietnam.Id };

        await store.WriteAsync(new GraphBatch([], [moved]));

        Assert.Equal(moved, await store.GetRelationshipAsync(moved.Id));
        Assert.DoesNotContain(await store.GetRelationshipsOfAsync(Sample.Molisa.Id, RelationshipQuery.All), r => r.Id == moved.Id);
        Assert.Contains(await store.GetRelationshipsOfAsync(Sample.Vietnam.Id, RelationshipQuery.All), r => r.Id == moved.Id);
    }

    [SkippableFact]
    public async Task A_batch_whose_relationship_names_a_missing_entity_is_refused_whole()
    {
        var store = await SeededStoreAsync();
        var version = await store.GetVersionAsync();
        var newcomer = Sample.Entity("country:KHM", EntityKind.Country, "Cambodia");
        var dangling = Sample.Relationship("dangling", RelationshipType.MemberOf, "country:THA", "org:ILO", null, null);
        var changed = Sample.Vietnam with { Name = "Viet Nam (changed)" };

        await Assert.ThrowsAsync<MissingEndpointException>(() => store.WriteAsync(new GraphBatch([newcomer, changed], [dangling])));

        Assert.Null(await store.GetEntityAsync(newcomer.Id));
        Assert.Equal(Sample.Vietnam, await store.GetEntityAsync(Sample.Vietnam.Id));
        Assert.Null(await store.GetRelationshipAsync(dangling.Id));
        Assert.Equal(version, await store.GetVersionAsync());
    }

    [SkippableFact]
    public async Task Relationships_of_an_entity_honour_the_window_by_interval_overlap()
    {
        var store = await SeededStoreAsync();
        var window = DateWindow.Between(PartialDate.OfYear(2022), PartialDate.OfYear(2024));

        var found = await store.GetRelationshipsOfAsync(Sample.Molisa.Id, new RelationshipQuery { Window = window });

        // PART_OF is undated (open), SIGNED is 2023-06-15; HOLDS_POSITION ended in 2021-04.
        Assert.Equal([Sample.PartOf.Id, Sample.Signed.Id], found.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task A_relationship_known_only_from_an_attestation_counts_in_its_attested_period_and_possibly_anywhere()
    {
        var store = await SeededStoreAsync();
        var before = DateWindow.Between(PartialDate.OfYear(2020), PartialDate.OfYear(2022));

        var in2023 = await store.GetRelationshipsOfAsync(Sample.Laos.Id, new RelationshipQuery { Window = DateWindow.At(PartialDate.OfMonth(2023, 6)) });
        var supportedBefore = await store.GetRelationshipsOfAsync(Sample.Laos.Id, new RelationshipQuery { Window = before });
        var possibleBefore = await store.GetRelationshipsOfAsync(Sample.Laos.Id, new RelationshipQuery { Window = before with { Evidence = EvidenceMode.Possible } });

        Assert.Equal([Sample.Attested.Id], in2023.Select(r => r.Id));
        Assert.Empty(supportedBefore);
        Assert.Equal([Sample.Attested.Id], possibleBefore.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task A_stated_start_opens_a_relationship_onwards_even_when_its_sources_are_dated()
    {
        var store = await SeededStoreAsync();
        var accession = Sample.Relationship("rel:g-accession", RelationshipType.MemberOf, Sample.Korea.Id, Sample.Ilo.Id, PartialDate.OfYear(1991), null) with
        {
            Sources = [new Source("article.txt", null, "Korea, a member since 1991", "en", PartialDate.OfYear(2023))],
        };
        await store.WriteAsync(new GraphBatch([], [accession]));

        var later = await store.GetRelationshipsOfAsync(Sample.Korea.Id, new RelationshipQuery { Window = DateWindow.At(PartialDate.OfYear(2030)), Types = new HashSet<RelationshipType> { RelationshipType.MemberOf } });

        Assert.Equal([accession.Id], later.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task A_partial_date_covers_its_whole_period_in_a_window()
    {
        var store = await SeededStoreAsync();

        var asOf = await store.GetRelationshipsOfAsync(Sample.Dung.Id, new RelationshipQuery { Window = DateWindow.At(PartialDate.OfDay(2021, 4, 30)) });
        var after = await store.GetRelationshipsOfAsync(Sample.Dung.Id, new RelationshipQuery { Window = DateWindow.At(PartialDate.OfDay(2021, 5, 1)) });

        Assert.Equal([Sample.HoldsPosition.Id], asOf.Select(r => r.Id));
        Assert.Empty(after);
    }

    [SkippableFact]
    public async Task Relationships_of_an_entity_filter_by_type_and_direction_and_undirected_types_match_both_ways()
    {
        var store = await SeededStoreAsync();

        var outgoing = await store.GetRelationshipsOfAsync(Sample.Molisa.Id, new RelationshipQuery { Direction = Direction.Outgoing });
        var incoming = await store.GetRelationshipsOfAsync(Sample.Molisa.Id, new RelationshipQuery { Direction = Direction.Incoming });
        var signedOnly = await store.GetRelationshipsOfAsync(Sample.Molisa.Id, new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.Signed } });
        var cooperationSeenFromItsTarget = await store.GetRelationshipsOfAsync(Sample.Korea.Id, new RelationshipQuery { Direction = Direction.Outgoing });

        Assert.Equal([Sample.PartOf.Id, Sample.Signed.Id], outgoing.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal([Sample.HoldsPosition.Id], incoming.Select(r => r.Id));
        Assert.Equal([Sample.Signed.Id], signedOnly.Select(r => r.Id));
        Assert.Equal([Sample.Cooperates.Id], cooperationSeenFromItsTarget.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Relationships_of_an_entity_come_ordered_by_date_then_id()
    {
        var store = await SeededStoreAsync();

        var found = await store.GetRelationshipsOfAsync(Sample.Vietnam.Id, RelationshipQuery.All);

        // MEMBER_OF 1992, COOPERATES_WITH 2020; PART_OF (undated) comes first.
        Assert.Equal([Sample.PartOf.Id, Sample.MemberOf.Id, Sample.Cooperates.Id], found.Select(r => r.Id));
    }

    [SkippableFact]
    public async Task Streams_return_every_record_once_in_id_order()
    {
        var store = await SeededStoreAsync();

        var entities = await Collect(store.StreamEntitiesAsync());
        var relationships = await Collect(store.StreamRelationshipsAsync());
        var edges = await Collect(store.StreamEdgesAsync());

        Assert.Equal(Sample.Batch.Entities.OrderBy(e => e.Id, StringComparer.Ordinal), entities);
        Assert.Equal(Sample.Batch.Relationships.OrderBy(r => r.Id, StringComparer.Ordinal), relationships);
        Assert.Equal(
            Sample.Batch.Relationships.Select(r => new EdgeRecord(r.Id, r.Type, r.From, r.To, EdgeDays.Of(r.Time))).OrderBy(e => e.Id, StringComparer.Ordinal),
            edges.OrderBy(e => e.Id, StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Streams_of_an_empty_store_are_empty()
    {
        var store = await StoreAsync();

        Assert.Empty(await Collect(store.StreamEntitiesAsync()));
        Assert.Empty(await Collect(store.StreamRelationshipsAsync()));
        Assert.Empty(await Collect(store.StreamEdgesAsync()));
    }

    [SkippableFact]
    public async Task Search_ignores_case_and_diacritics_in_names_in_every_language()
    {
        var store = await SeededStoreAsync();

        var found = await store.SearchAsync("bo lao dong", null, 10);

        Assert.Equal([Sample.Molisa.Id], found.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Search_finds_aliases_and_puts_exact_matches_first()
    {
        var store = await SeededStoreAsync();

        var byAlias = await store.SearchAsync("molisa", null, 10);
        var exactFirst = await store.SearchAsync("viet nam", null, 10);

        Assert.Equal([Sample.Molisa.Id], byAlias.Select(e => e.Id));
        Assert.Equal(Sample.Vietnam.Id, exactFirst[0].Id);
        Assert.Contains(exactFirst, e => e.Id == Sample.VietnamMission.Id);
    }

    [SkippableFact]
    public async Task Search_filters_by_kind_and_returns_at_most_first()
    {
        var store = await SeededStoreAsync();

        var ministriesOnly = await store.SearchAsync("viet nam", [EntityKind.Ministry], 10);
        var one = await store.SearchAsync("a", null, 1);

        Assert.Equal([Sample.VietnamMission.Id], ministriesOnly.Select(e => e.Id));
        Assert.Single(one);
    }

    [SkippableFact]
    public async Task Search_reads_punctuation_as_a_space_and_wildcards_as_plain_text()
    {
        var store = await SeededStoreAsync();

        var byPunctuatedAlias = await store.SearchAsync("Bo LD TB XH", null, 10);

        Assert.Equal([Sample.Molisa.Id], byPunctuatedAlias.Select(e => e.Id));
        Assert.Empty(await store.SearchAsync("%", null, 10));
        Assert.Empty(await store.SearchAsync("_", null, 10));
    }

    [SkippableFact]
    public async Task Search_with_no_match_returns_nothing()
    {
        var store = await SeededStoreAsync();

        Assert.Empty(await store.SearchAsync("zzzz-nothing", null, 10));
    }

    [SkippableFact]
    public async Task Deleting_a_relationship_removes_it_once_and_raises_the_version()
    {
        var store = await SeededStoreAsync();
        var version = await store.GetVersionAsync();

        var first = await store.DeleteRelationshipAsync(Sample.Signed.Id);
        var versionAfterDelete = await store.GetVersionAsync();
        var second = await store.DeleteRelationshipAsync(Sample.Signed.Id);

        Assert.True(first);
        Assert.False(second);
        Assert.Null(await store.GetRelationshipAsync(Sample.Signed.Id));
        Assert.True(versionAfterDelete > version);
        Assert.Equal(versionAfterDelete, await store.GetVersionAsync());
    }

    [SkippableFact]
    public async Task Statistics_count_entities_by_kind_and_relationships_by_type()
    {
        var store = await SeededStoreAsync();

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(Sample.Batch.Entities.Count, statistics.EntityCount);
        Assert.Equal(Sample.Batch.Relationships.Count, statistics.RelationshipCount);
        Assert.Equal(3, statistics.EntitiesByKind.GetValueOrDefault(EntityKind.Country));
        Assert.Equal(1, statistics.RelationshipsByType.GetValueOrDefault(RelationshipType.Signed));
        Assert.Equal(await store.GetVersionAsync(), statistics.Version);
    }

    [SkippableFact]
    public async Task Text_with_quotes_backslashes_and_unicode_survives_a_round_trip()
    {
        var store = await StoreAsync();
        var tricky = Sample.Entity("org:QUOTE-TEST", EntityKind.Organization, "O'Brien \"Institute\" \\ back\\slash ✓ Bộ 한국") with
        {
            Properties = ImmutableSortedDictionary<string, string>.Empty.Add("note", "line1\nline2\t'\"\\"),
        };

        await store.WriteAsync(new GraphBatch([tricky], []));

        Assert.Equal(tricky, await store.GetEntityAsync(tricky.Id));
    }

    private static async Task<List<T>> Collect<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
            list.Add(item);
        return list;
    }
}
