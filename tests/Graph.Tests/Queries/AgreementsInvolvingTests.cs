using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Tests.Support;

using static KnowledgeGraph.Tests.Support.Records;

namespace KnowledgeGraph.Tests.Queries;

public sealed class AgreementsInvolvingTests : SqliteStoreTest
{
    private async Task<IReadOnlyList<AgreementMatch>> AgreementsAsync(
        string actor, string? since = null, AgreementDating dating = AgreementDating.SignedOrInForce, string? until = null, params AgreementStatus[] statuses)
    {
        var window = DateWindow.Between(since is null ? null : PartialDate.Parse(since), until is null ? null : PartialDate.Parse(until));
        return await new AgreementsInvolving(Store).FindAsync(actor, window, dating, statuses.Length == 0 ? null : statuses.ToHashSet());
    }

    /// <summary>The small graph plus an MoU with Japan that MOLISA's 2024 directions plan, Japan its intended party.</summary>
    private static RecordBatch WithPlannedMou()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("country:JPN", "COUNTRY", "Japan")));
        batch.Entities.Add(new("test", Entity("agreement:planned-mou", "AGREEMENT", "A planned MoU with Japan") with
        {
            Properties = new() { ["status"] = "PLANNED", ["planned"] = "2024" },
        }));
        var plannedParty = Relationship("PARTY_TO", "country:JPN", "agreement:planned-mou", id: "rel:jpn-party-planned") with
        {
            Properties = new() { ["status"] = "PLANNED" },
            Sources = [Quote()[0] with { AsOf = "2024" }],
        };
        batch.Relationships.Add(new("test", plannedParty));
        return batch;
    }

    private async Task ImportAsync(RecordBatch batch) => Assert.True((await Importer.ImportAsync(batch)).Succeeded);

    [Fact]
    public async Task An_agreement_signed_by_a_ministry_involves_the_country_it_is_part_of()
    {
        await ImportAsync(SmallGraph());

        var match = Assert.Single(await AgreementsAsync("country:VNM"));

        Assert.Equal("agreement:eps-mou-2023", match.Agreement.Id);
        Assert.Equal(["rel:molisa-part-of-vnm", "rel:molisa-signed-eps"], match.Evidence.Select(r => r.Id));
    }

    [Fact]
    public async Task A_person_counts_for_the_country_only_while_holding_the_position()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("agreement:later-mou", "AGREEMENT", "An MoU signed after the minister left") with { Date = "2025-03" }));
        batch.Entities.Add(new("test", Entity("agreement:earlier-mou", "AGREEMENT", "An MoU signed while in office") with { Date = "2020-05" }));
        batch.Relationships.Add(new("test", Relationship("SIGNED", "person:dao-ngoc-dung", "agreement:later-mou", "2025-03")));
        batch.Relationships.Add(new("test", Relationship("SIGNED", "person:dao-ngoc-dung", "agreement:earlier-mou", "2020-05")));
        await ImportAsync(batch);

        var ids = (await AgreementsAsync("country:VNM")).Select(m => m.Agreement.Id);

        Assert.Equal(["agreement:earlier-mou", "agreement:eps-mou-2023"], ids);
    }

    [Fact]
    public async Task Since_counts_signature_or_entry_into_force_by_default_and_each_option_narrows_or_widens_it()
    {
        var batch = SmallGraph();
        batch.Entities.Add(new("test", Entity("fta:LATE", "TRADE_AGREEMENT", "Signed 2019, in force 2021") with { Date = "2019-08-22", Properties = new() { ["inForce"] = "2021-01-01" } }));
        batch.Entities.Add(new("test", Entity("fta:OLD", "TRADE_AGREEMENT", "Signed and in force 2015") with { Date = "2015-05-05", Properties = new() { ["inForce"] = "2015-12-20" } }));
        batch.Relationships.Add(new("test", Relationship("PARTY_TO", "country:KOR", "fta:LATE", "2021-01-01")));
        batch.Relationships.Add(new("test", Relationship("PARTY_TO", "country:KOR", "fta:OLD", "2015-12-20")));
        await ImportAsync(batch);

        var signedOrInForce = await AgreementsAsync("country:KOR", since: "2020");
        var concluded = await AgreementsAsync("country:KOR", since: "2020", AgreementDating.Concluded);
        var inForce = await AgreementsAsync("country:KOR", since: "2020", AgreementDating.InForce);

        Assert.Equal(["fta:LATE", "agreement:eps-mou-2023"], signedOrInForce.Select(m => m.Agreement.Id));
        Assert.Equal(["agreement:eps-mou-2023"], concluded.Select(m => m.Agreement.Id));
        Assert.Equal(["fta:OLD", "fta:LATE", "agreement:eps-mou-2023"], inForce.Select(m => m.Agreement.Id));
    }

    [Fact]
    public async Task A_planned_agreement_involves_its_intended_party_while_the_plan_is_attested()
    {
        await ImportAsync(WithPlannedMou());

        var since2024 = await AgreementsAsync("country:JPN", since: "2024");
        var until2020 = await AgreementsAsync("country:JPN", since: "2000", until: "2020");

        var match = Assert.Single(since2024);
        Assert.Equal(AgreementStatus.Planned, AgreementLifecycle.Of(match.Agreement).Status);
        Assert.Equal(["rel:jpn-party-planned"], match.Evidence.Select(r => r.Id));
        Assert.Empty(until2020);
    }

    [Fact]
    public async Task A_planned_agreement_was_neither_concluded_nor_in_force()
    {
        await ImportAsync(WithPlannedMou());

        Assert.Empty(await AgreementsAsync("country:JPN", since: "2024", AgreementDating.Concluded));
        Assert.Empty(await AgreementsAsync("country:JPN", since: "2024", AgreementDating.InForce));
    }

    [Fact]
    public async Task A_status_filter_keeps_only_agreements_at_those_steps()
    {
        var batch = WithPlannedMou();
        batch.Relationships.Add(new("test", Relationship("PARTY_TO", "country:JPN", "agreement:eps-mou-2023", "2023-06")));
        batch.Entities[4] = batch.Entities[4] with { Record = batch.Entities[4].Record with { Properties = new() { ["status"] = "SIGNED" } } };
        await ImportAsync(batch);

        var planned = await AgreementsAsync("country:JPN", statuses: AgreementStatus.Planned);
        var signedOrLater = await AgreementsAsync("country:JPN", statuses: [AgreementStatus.Signed, AgreementStatus.InForce]);
        var all = await AgreementsAsync("country:JPN");

        Assert.Equal(["agreement:planned-mou"], planned.Select(m => m.Agreement.Id));
        Assert.Equal(["agreement:eps-mou-2023"], signedOrLater.Select(m => m.Agreement.Id));
        Assert.Equal(["agreement:eps-mou-2023", "agreement:planned-mou"], all.Select(m => m.Agreement.Id));
    }

    [Fact]
    public async Task An_unknown_actor_is_reported_by_id()
    {
        await ImportAsync(SmallGraph());

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => AgreementsAsync("country:XXX"));

        Assert.Equal("country:XXX", error.Id);
    }
}
