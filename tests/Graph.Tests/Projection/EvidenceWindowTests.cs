using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Tests.Support;

using static KnowledgeGraph.Tests.Support.Records;

namespace KnowledgeGraph.Tests.Projection;

/// <summary>
/// Paths and influence honour the time rule: a link known only from a 2023 article is walked in 2023, and before only when
/// asked for every possible link; influence ranks only entities with a relationship in the window.
/// </summary>
public sealed class EvidenceWindowTests : SqliteStoreTest
{
    private async Task<GraphAnalytics> AnalyticsAsync()
    {
        var batch = SmallGraph();
        var cooperation = Relationship("COOPERATES_WITH", "ministry:VNM-MOLISA", "country:KOR", id: "rel:molisa-coop-kor") with
        {
            Sources = [Quote()[0] with { AsOf = "2023" }],
        };
        batch.Relationships.Add(new("test", cooperation));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);
        return new GraphAnalytics(Store, new HeavyComputations(slots: 2));
    }

    private static DateWindow Year(int year, EvidenceMode evidence = EvidenceMode.Supported) => DateWindow.At(PartialDate.OfYear(year)) with { Evidence = evidence };

    [Fact]
    public async Task An_attested_link_is_walked_in_its_attested_year()
    {
        var analytics = await AnalyticsAsync();

        var path = await analytics.ShortestPathAsync("ministry:VNM-MOLISA", "country:KOR", Year(2023), maxHops: 1);

        Assert.Equal(["rel:molisa-coop-kor"], path?.Relationships.Select(r => r.Id));
    }

    [Fact]
    public async Task An_attested_link_is_not_walked_before_its_attestation_unless_every_possible_link_is_asked_for()
    {
        var analytics = await AnalyticsAsync();

        var supported = await analytics.ShortestPathAsync("ministry:VNM-MOLISA", "country:KOR", Year(2020), maxHops: 1);
        var possible = await analytics.ShortestPathAsync("ministry:VNM-MOLISA", "country:KOR", Year(2020, EvidenceMode.Possible), maxHops: 1);

        Assert.Null(supported);
        Assert.Equal(["rel:molisa-coop-kor"], possible?.Relationships.Select(r => r.Id));
    }

    [Fact]
    public async Task A_stated_end_excludes_a_link_even_among_every_possible_one()
    {
        var analytics = await AnalyticsAsync();

        var path = await analytics.ShortestPathAsync("person:dao-ngoc-dung", "ministry:VNM-MOLISA", Year(2025, EvidenceMode.Possible), maxHops: 1);

        Assert.Null(path);
    }

    [Fact]
    public async Task Influence_ranks_only_events_with_a_relationship_in_the_window()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("event:dialogue-2020", "EVENT", "Dialogue 2020") with { Date = "2020" }));
        batch.Entities.Add(new("test", Entity("event:dialogue-2023", "EVENT", "Dialogue 2023") with { Date = "2023" }));
        batch.Relationships.Add(new("test", Relationship("PARTICIPATED_IN", "ministry:VNM-MOLISA", "event:dialogue-2020", "2020", "2020")));
        batch.Relationships.Add(new("test", Relationship("PARTICIPATED_IN", "ministry:VNM-MOLISA", "event:dialogue-2023", "2023", "2023")));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var ranked = await new GraphAnalytics(Store, new HeavyComputations(slots: 2)).InfluenceAsync(new InfluenceQuery { Window = Year(2023), Kinds = [EntityKind.Event] });

        Assert.Equal(["event:dialogue-2023"], ranked.Select(r => r.Entity.Id));
    }
}
