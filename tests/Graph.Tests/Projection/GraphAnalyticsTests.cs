using System.Collections.Immutable;
using KnowledgeGraph.Analytics;
using KnowledgeGraph.Errors;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Tests.Projection;

public sealed class GraphAnalyticsTests : IAsyncLifetime, IAsyncDisposable
{
    private static readonly ImmutableArray<Source> Evidence = [new Source("003_1055f0f32c8f4b75.txt", null, "a quote", "en")];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kg-analytics-");
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_folder.FullName, "graph.db"));
        await _store.InitializeAsync();
        await _store.WriteAsync(new GraphBatch(
            [Entity("person:ann-lee", EntityKind.Person), Entity("ministry:USA-DOL", EntityKind.Ministry), Entity("country:USA", EntityKind.Country),
             Entity("ministry:VNM-MOLISA", EntityKind.Ministry), Entity("country:VNM", EntityKind.Country), Entity("event:dialogue-2023", EntityKind.Event)],
            [Link("rel:ann-dol", RelationshipType.HoldsPosition, "person:ann-lee", "ministry:USA-DOL", "2022-05", null),
             Link("rel:ann-dialogue", RelationshipType.ParticipatedIn, "person:ann-lee", "event:dialogue-2023", "2023-06-15", "2023-06-15"),
             Link("rel:molisa-dialogue", RelationshipType.ParticipatedIn, "ministry:VNM-MOLISA", "event:dialogue-2023", "2023-06-15", "2023-06-15"),
             Link("rel:molisa-vnm", RelationshipType.PartOf, "ministry:VNM-MOLISA", "country:VNM", "1990", null),
             Link("rel:dol-usa", RelationshipType.PartOf, "ministry:USA-DOL", "country:USA", "1990", null)]));
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncDisposable)this).DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    ValueTask IAsyncDisposable.DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task A_path_carries_every_hop_with_its_dates_and_sources()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var path = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All);

        Assert.NotNull(path);
        Assert.Equal(["person:ann-lee", "event:dialogue-2023", "ministry:VNM-MOLISA", "country:VNM"], path.Entities.Select(e => e.Id));
        Assert.Equal(["rel:ann-dialogue", "rel:molisa-dialogue", "rel:molisa-vnm"], path.Relationships.Select(r => r.Id));
        Assert.All(path.Relationships, r => Assert.Equal("a quote", Assert.Single(r.Sources).Quote));
        Assert.Equal(PartialDate.Parse("2023-06-15"), path.Relationships[0].ValidFrom);
    }

    [Fact]
    public async Task A_window_that_excludes_the_only_link_leaves_no_path()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var path = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.Between(PartialDate.Parse("2024"), null));

        Assert.Null(path);
    }

    [Fact]
    public async Task A_write_replaces_the_snapshot_and_the_next_query_sees_it()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));
        var before = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All);

        await _store.WriteAsync(new GraphBatch([], [Link("rel:usa-vnm", RelationshipType.CooperatesWith, "country:USA", "country:VNM", "1995", null)]));
        var after = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All);
        var info = await analytics.DescribeAsync();

        Assert.Equal(3, before!.Length);
        Assert.Equal(3, after!.Length);
        Assert.Equal(6, info.Relationships);
        Assert.True(info.BytesPerRelationship > 0);
        var paths = await analytics.PathsAsync("person:ann-lee", "country:VNM", 3, DateWindow.All);
        Assert.Equal([3, 3], paths.Select(p => p.Length));
    }

    [Fact]
    public async Task Influence_ranks_the_windowed_graph_and_lists_only_the_kinds_asked_for()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var ranking = await analytics.InfluenceAsync(new InfluenceQuery { Kinds = [EntityKind.Ministry, EntityKind.Country], Top = 3, Algorithm = InfluenceAlgorithm.Degree });

        Assert.Equal([1, 2, 3], ranking.Select(r => r.Rank));
        Assert.All(ranking, r => Assert.Contains(r.Entity.Kind, new[] { EntityKind.Ministry, EntityKind.Country }));
        Assert.Equal(["ministry:USA-DOL", "ministry:VNM-MOLISA"], ranking.Take(2).Select(r => r.Entity.Id).Order());
        Assert.Equal(2.0, ranking[0].Score);
    }

    [Fact]
    public async Task Personalised_pagerank_favours_the_neighbourhood_of_its_centre()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var aroundUsa = await analytics.InfluenceAsync(new InfluenceQuery { Around = "country:USA", Kinds = [EntityKind.Ministry], Top = 2 });
        var aroundVietnam = await analytics.InfluenceAsync(new InfluenceQuery { Around = "country:VNM", Kinds = [EntityKind.Ministry], Top = 2 });

        Assert.Equal("ministry:USA-DOL", aroundUsa[0].Entity.Id);
        Assert.Equal("ministry:VNM-MOLISA", aroundVietnam[0].Entity.Id);
    }

    [Fact]
    public async Task Equivalent_windows_share_one_computed_ranking()
    {
        var heavy = new HeavyComputations(slots: 1);
        var analytics = new GraphAnalytics(_store, heavy);
        var since2024 = new InfluenceQuery { Algorithm = InfluenceAlgorithm.Betweenness, Window = DateWindow.Between(PartialDate.Parse("2024"), null) };
        var computed = await analytics.InfluenceAsync(since2024);
        using var everySlot = heavy.Start(CancellationToken.None);

        // No relationship ends between 2024 and 2025, so both windows select the same ones; 2023 selects more.
        var since2025 = await analytics.InfluenceAsync(since2024 with { Window = DateWindow.Between(PartialDate.Parse("2025"), null) });

        Assert.Equal(computed.Select(r => (r.Entity.Id, r.Score)), since2025.Select(r => (r.Entity.Id, r.Score)));
        await Assert.ThrowsAsync<HeavyComputationsBusyException>(() => analytics.InfluenceAsync(since2024 with { Window = DateWindow.Between(PartialDate.Parse("2023"), null) }));
    }

    [Fact]
    public async Task K_shortest_paths_need_a_heavy_slot_and_one_shortest_path_does_not()
    {
        var heavy = new HeavyComputations(slots: 1);
        var analytics = new GraphAnalytics(_store, heavy);
        await analytics.DescribeAsync();
        using var everySlot = heavy.Start(CancellationToken.None);

        var shortest = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All);

        Assert.NotNull(shortest);
        await Assert.ThrowsAsync<HeavyComputationsBusyException>(() => analytics.PathsAsync("person:ann-lee", "country:VNM", 2, DateWindow.All));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(0)]
    public async Task Too_many_hops_is_refused_with_the_hops_limit_code(int maxHops)
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var error = await Assert.ThrowsAsync<ArgumentLimitExceededException>(() => analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All, maxHops));

        Assert.Equal((ErrorCodes.HopsLimit, "maxHops"), (error.Code, error.Argument));
    }

    [Fact]
    public async Task Configured_limits_are_the_ones_the_engine_holds_arguments_to()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2), new AnalyticsLimits { MaxHops = 20 });

        var shortest = await analytics.ShortestPathAsync("person:ann-lee", "country:VNM", DateWindow.All, maxHops: 20);

        Assert.NotNull(shortest);
    }

    [Fact]
    public async Task Too_many_paths_is_refused_with_the_path_count_code()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2), new AnalyticsLimits { MaxPaths = 2 });

        var error = await Assert.ThrowsAsync<ArgumentLimitExceededException>(() => analytics.PathsAsync("person:ann-lee", "country:VNM", 3, DateWindow.All));

        Assert.Equal((ErrorCodes.PathCountLimit, "k"), (error.Code, error.Argument));
    }

    [Fact]
    public async Task An_unknown_entity_is_reported_as_not_found()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => analytics.PathsAsync("person:nobody", "country:VNM", 2, DateWindow.All));

        Assert.Equal((ErrorCodes.NotFound, "from", "person:nobody"), (error.Code, error.Argument, error.Id));
    }

    [Fact]
    public async Task An_entity_without_relationships_exists_but_has_no_path_and_no_ranking_around_it()
    {
        await _store.WriteAsync(new GraphBatch([Entity("country:LAO", EntityKind.Country)], []));
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var path = await analytics.ShortestPathAsync("person:ann-lee", "country:LAO", DateWindow.All);
        var itself = await analytics.ShortestPathAsync("country:LAO", "country:LAO", DateWindow.All);
        var ranked = await analytics.InfluenceAsync(new InfluenceQuery { Around = "country:LAO" });

        Assert.Null(path);
        Assert.Equal(["country:LAO"], itself!.Entities.Select(e => e.Id));
        Assert.Empty(ranked);
    }

    [Fact]
    public async Task An_unknown_target_is_reported_as_not_found_naming_to()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => analytics.ShortestPathAsync("person:ann-lee", "country:XXX", DateWindow.All));

        Assert.Equal("to", error.Argument);
    }

    [Fact]
    public async Task Around_with_another_algorithm_is_refused()
    {
        var analytics = new GraphAnalytics(_store, new HeavyComputations(slots: 2));

        var error = await Assert.ThrowsAsync<InvalidQueryArgumentException>(() => analytics.InfluenceAsync(new InfluenceQuery { Around = "country:USA", Algorithm = InfluenceAlgorithm.Degree }));

        Assert.Equal("around", error.Argument);
    }

    private static Entity Entity(string id, EntityKind kind) => new() { Id = id, Kind = kind, Name = id, Sources = Evidence };

    private static Relationship Link(string id, RelationshipType type, string from, string to, string? validFrom, string? validTo) => new()
    {
        Id = id,
        Type = type,
        From = from,
        To = to,
        ValidFrom = validFrom is null ? null : PartialDate.Parse(validFrom),
        ValidTo = validTo is null ? null : PartialDate.Parse(validTo),
        Sources = Evidence,
    };
}
