using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;

using static KnowledgeGraph.Tests.Support.Records;

namespace KnowledgeGraph.Tests.Queries;

public sealed class EventListingTests : SqliteStoreTest
{
    /// <summary>The small graph with a 2020 and a 2023 dialogue MOLISA took part in, a 2023 Korean visit, and an undated meeting known from a 2023 article.</summary>
    private static RecordBatch WithEvents()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("event:dialogue-2023", "EVENT", "Dialogue 2023") with { Date = "2023-11" }));
        batch.Entities.Add(new("test", Entity("event:dialogue-2020", "EVENT", "Dialogue 2020") with { Date = "2020" }));
        batch.Entities.Add(new("test", Entity("event:korea-visit-2023", "EVENT", "Korean visit") with { Date = "2023-06" }));
        batch.Entities.Add(new("test", Entity("event:undated-meeting", "EVENT", "A meeting the article does not date")));
        batch.Relationships.Add(new("test", Relationship("PARTICIPATED_IN", "ministry:VNM-MOLISA", "event:dialogue-2023", "2023-11", "2023-11")));
        batch.Relationships.Add(new("test", Relationship("PARTICIPATED_IN", "ministry:VNM-MOLISA", "event:dialogue-2020", "2020", "2020")));
        batch.Relationships.Add(new("test", Relationship("HOSTED", "country:KOR", "event:korea-visit-2023", "2023-06", "2023-06")));
        batch.Relationships.Add(new("test", Relationship("PARTICIPATED_IN", "person:dao-ngoc-dung", "event:undated-meeting") with { Sources = [Quote()[0] with { AsOf = "2023" }] }));
        return batch;
    }

    private async Task<IReadOnlyList<string>> EventsAsync(string? involving, string year, EvidenceMode evidence = EvidenceMode.Supported)
    {
        Assert.True((await Importer.ImportAsync(WithEvents())).Succeeded);
        var window = DateWindow.At(PartialDate.Parse(year)) with { Evidence = evidence };
        return [.. (await new EventListing(Store).FindAsync(involving, window)).Select(e => e.Id)];
    }

    [Fact]
    public async Task The_events_of_a_year_come_by_date_undated_ones_last_when_their_evidence_is_in_it() =>
        Assert.Equal(["event:korea-visit-2023", "event:dialogue-2023", "event:undated-meeting"], await EventsAsync(null, "2023"));

    [Fact]
    public async Task An_undated_event_whose_evidence_lies_elsewhere_is_left_out() =>
        Assert.Equal(["event:dialogue-2020"], await EventsAsync(null, "2020"));

    [Fact]
    public async Task Every_possible_event_includes_the_undated_ones() =>
        Assert.Equal(["event:dialogue-2020", "event:undated-meeting"], await EventsAsync(null, "2020", EvidenceMode.Possible));

    [Fact]
    public async Task The_events_of_a_country_are_those_its_bodies_and_their_people_took_part_in() =>
        Assert.Equal(["event:dialogue-2023", "event:undated-meeting"], await EventsAsync("country:VNM", "2023"));
}
