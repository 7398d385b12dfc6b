using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;

using static KnowledgeGraph.Tests.Support.Records;

namespace KnowledgeGraph.Tests.Queries;

public sealed class PartnerFinderTests : SqliteStoreTest
{
    private async Task<IReadOnlyList<Partner>> PartnersAsync(string actor, string? since = null) =>
        await new PartnerFinder(Store).FindAsync(actor, DateWindow.Between(since is null ? null : PartialDate.Parse(since), null));

    [Fact]
    public async Task Parties_to_an_agreement_a_ministry_signed_are_partners_of_its_country_with_the_chain_as_evidence()
    {
        Assert.True((await Importer.ImportAsync(SmallGraph())).Succeeded);

        var partner = Assert.Single(await PartnersAsync("country:VNM"));

        Assert.Equal("country:KOR", partner.Entity.Id);
        Assert.Equal(["rel:molisa-part-of-vnm", "rel:molisa-signed-eps", "rel:kor-party-eps"], partner.Relationships.Select(r => r.Id));
    }

    [Fact]
    public async Task Cooperation_makes_partners_both_ways_but_own_bodies_are_never_partners()
    {
        var batch = SmallGraph();
        batch.Relationships.Add(new("test", Relationship("COOPERATES_WITH", "country:KOR", "ministry:VNM-MOLISA", "2019", id: "rel:kor-coop-molisa")));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var ofVietnam = await PartnersAsync("country:VNM");
        var ofKorea = await PartnersAsync("country:KOR");

        Assert.Equal(["country:KOR"], ofVietnam.Select(p => p.Entity.Id));
        Assert.Contains("rel:kor-coop-molisa", ofVietnam[0].Relationships.Select(r => r.Id));
        Assert.Equal(["ministry:VNM-MOLISA"], ofKorea.Select(p => p.Entity.Id));
    }

    [Fact]
    public async Task A_ministry_has_neither_its_own_state_nor_that_state_s_other_bodies_as_partners()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("ministry:VNM-VSS", "MINISTRY", "Vietnam Social Security")));
        batch.Relationships.Add(new("test", Relationship("PART_OF", "ministry:VNM-VSS", "country:VNM", id: "rel:vss-part-of-vnm")));
        batch.Relationships.Add(new("test", Relationship("COOPERATES_WITH", "ministry:VNM-MOLISA", "ministry:VNM-VSS", "2020", id: "rel:molisa-coop-vss")));
        batch.Relationships.Add(new("test", Relationship("PARTY_TO", "country:VNM", "agreement:eps-mou-2023", "2023-06", id: "rel:vnm-party-eps")));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var partners = await PartnersAsync("ministry:VNM-MOLISA");

        Assert.Equal(["country:KOR"], partners.Select(p => p.Entity.Id));
    }

    [Fact]
    public async Task Each_partner_says_why_and_through_whom()
    {
        var batch = SmallGraph();
        batch.Relationships.Add(new("test", Relationship("COOPERATES_WITH", "country:KOR", "ministry:VNM-MOLISA", "2019", id: "rel:kor-coop-molisa")));
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var korea = Assert.Single(await PartnersAsync("country:VNM"));

        Assert.Equal(
            [new PartnerReason(PartnerBasis.CooperatesWith, "ministry:VNM-MOLISA", null), new PartnerReason(PartnerBasis.SharedAgreement, "ministry:VNM-MOLISA", "agreement:eps-mou-2023")],
            korea.Reasons.AsEnumerable());
    }

    [Fact]
    public async Task A_person_has_neither_the_state_they_serve_nor_its_bodies_as_partners()
    {
        var batch = SmallGraph();
        batch.Relationships.Add(new("test", Relationship("SIGNED", "person:dao-ngoc-dung", "agreement:eps-mou-2023", "2023-06", id: "rel:dung-signed-eps")));
        batch.Relationships[1] = batch.Relationships[1] with { Record = batch.Relationships[1].Record with { ValidTo = null } };
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        var partners = await PartnersAsync("person:dao-ngoc-dung");

        Assert.Equal(["country:KOR"], partners.Select(p => p.Entity.Id));
    }

    [Fact]
    public async Task Links_that_ended_before_the_window_make_no_partner()
    {
        var batch = SmallGraph();
        batch.Relationships[2] = batch.Relationships[2] with { Record = batch.Relationships[2].Record with { ValidTo = "2023-12" } };
        Assert.True((await Importer.ImportAsync(batch)).Succeeded);

        Assert.Empty(await PartnersAsync("country:VNM", since: "2024"));
        Assert.Single(await PartnersAsync("country:VNM", since: "2023"));
    }

    [Fact]
    public async Task The_network_holds_every_end_of_its_edges()
    {
        Assert.True((await Importer.ImportAsync(SmallGraph())).Succeeded);

        var network = await new PartnerNetworkBuilder(Store, new HeavyComputations(slots: 1)).BuildAsync("country:VNM", DateWindow.All, depth: 2, maxNodes: 500);

        var nodeIds = network.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(network.Edges, e => Assert.True(nodeIds.Contains(e.From) && nodeIds.Contains(e.To), e.Id));
        Assert.Equal(["country:KOR", "country:VNM"], nodeIds.Where(id => id.StartsWith("country:", StringComparison.Ordinal)).Order());
    }
}
