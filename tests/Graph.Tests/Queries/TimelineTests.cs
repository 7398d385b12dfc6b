using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;

using static KnowledgeGraph.Tests.Support.Records;

namespace KnowledgeGraph.Tests.Queries;

public sealed class TimelineTests : SqliteStoreTest
{
    [Fact]
    public async Task A_timeline_lists_relationships_valid_in_the_window_by_start_date_undated_last()
    {
        Assert.True((await Importer.ImportAsync(SmallGraph())).Succeeded);
        var timeline = new Timeline(Store);

        var all = await timeline.ForAsync("ministry:VNM-MOLISA", DateWindow.All);
        var in2017 = await timeline.ForAsync("ministry:VNM-MOLISA", DateWindow.Between(PartialDate.Parse("2017"), PartialDate.Parse("2017")));

        Assert.Equal(["rel:dung-minister", "rel:molisa-signed-eps", "rel:molisa-part-of-vnm"], all.Select(r => r.Id));
        Assert.Equal(["rel:dung-minister", "rel:molisa-part-of-vnm"], in2017.Select(r => r.Id));
    }

    [Fact]
    public async Task A_relationship_known_only_from_its_sources_takes_its_place_at_its_earliest_attestation()
    {
        var batch = SmallGraph();
        var cooperation = Relationship("COOPERATES_WITH", "ministry:VNM-MOLISA", "country:KOR", id: "rel:molisa-coop-kor") with
        {
            Sources = [Quote()[0] with { AsOf = "2023" }, Quote()[0] with { AsOf = "2019" }],
        };
        batch.Relationships.Add(new("test", cooperation));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var all = await new Timeline(Store).ForAsync("ministry:VNM-MOLISA", DateWindow.All);

        Assert.Equal(["rel:dung-minister", "rel:molisa-coop-kor", "rel:molisa-signed-eps", "rel:molisa-part-of-vnm"], all.Select(r => r.Id));
    }
}
