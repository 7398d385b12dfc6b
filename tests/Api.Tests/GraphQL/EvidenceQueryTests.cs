using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Stated and attested time, agreement lifecycles and the evidence argument through the real HTTP pipeline, on the curated seed.</summary>
public sealed class EvidenceQueryTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_membership_only_attested_in_2023_reads_by_2023_and_a_stated_accession_reads_since()
    {
        var response = await client.PostAsync("""
            {
              entity(id: "country:VNM") {
                relationships(types: [MEMBER_OF], direction: OUTGOING) { to { id } validFrom attestedFrom attestedTo when sources { asOf note } }
              }
            }
            """);

        var memberships = response.Data!["entity"]!["relationships"]!.AsArray();
        var apec = Assert.Single(memberships, m => m!["to"]!["id"]!.GetValue<string>() == "org:APEC")!;
        var wto = Assert.Single(memberships, m => m!["to"]!["id"]!.GetValue<string>() == "org:WTO")!;
        Assert.Null(apec["validFrom"]);
        Assert.Equal(("2023", "2023", "by 2023 (start not stated)"), (apec["attestedFrom"]!.GetValue<string>(), apec["attestedTo"]!.GetValue<string>(), apec["when"]!.GetValue<string>()));
        Assert.Equal("since 2007-01-11", wto["when"]!.GetValue<string>());
        Assert.Contains(apec["sources"]!.AsArray(), s => s!["note"] is not null);
    }

    [Fact]
    public async Task The_evidence_argument_widens_a_window_to_what_no_stated_date_excludes()
    {
        var response = await client.PostAsync("""
            {
              supported: entity(id: "ministry:VNM-MOLISA-ICD") { relationships(since: "2021-10", until: "2021-10", types: [HOLDS_POSITION]) { from { id } } }
              possible: entity(id: "ministry:VNM-MOLISA-ICD") { relationships(since: "2021-10", until: "2021-10", types: [HOLDS_POSITION], evidence: POSSIBLE) { from { id } } }
            }
            """);

        Assert.Equal(["person:nguyen-manh-cuong"], response.Data!["supported"]!["relationships"]!.AsArray().Select(r => r!["from"]!["id"]!.GetValue<string>()));
        Assert.Equal(
            ["person:luu-quang-tuan", "person:nguyen-manh-cuong"],
            response.Data!["possible"]!["relationships"]!.AsArray().Select(r => r!["from"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Agreements_involving_Japan_include_the_planned_social_insurance_agreement_with_its_status_and_a_status_filter_narrows()
    {
        var response = await client.PostAsync("""
            {
              all: agreements(involving: "country:JPN") { id status lifecycle { status date } }
              planned: agreements(involving: "country:JPN", status: [PLANNED]) { id status }
            }
            """);

        var planned = Assert.Single(response.Data!["all"]!.AsArray(), a => a!["id"]!.GetValue<string>() == "agreement:vnm-jpn-social-insurance-agreement")!;
        Assert.Equal("PLANNED", planned["status"]!.GetValue<string>());
        Assert.Equal("PLANNED", Assert.Single(planned["lifecycle"]!.AsArray())!["status"]!.GetValue<string>());
        Assert.Equal(["agreement:vnm-jpn-social-insurance-agreement"], response.Data!["planned"].Ids());
    }

    [Fact]
    public async Task The_events_of_2023_come_in_date_order_and_all_took_place_in_2023()
    {
        var response = await client.PostAsync("""{ events(since: "2023", until: "2023") { id date } }""");

        var events = response.Data!["events"]!.AsArray();
        var dated = events.Where(e => e!["date"] is not null).Select(e => e!["date"]!.GetValue<string>()).ToList();
        Assert.Contains("event:kor-president-official-visit-2023", events.Ids());
        Assert.DoesNotContain("event:molisa-dol-bilateral-meeting-2022-05-11", events.Ids());
        Assert.All(dated, d => Assert.StartsWith("2023", d));
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
    }

    [Fact]
    public async Task MOLISA_s_partners_exclude_Viet_Nam_and_its_bodies_and_each_says_why()
    {
        var response = await client.PostAsync("""
            { partners(of: "ministry:VNM-MOLISA") { entity { id } reasons { basis through { id } instrument { id } } } }
            """);

        var partners = response.Data!["partners"]!.AsArray();
        Assert.NotEmpty(partners);
        Assert.DoesNotContain(partners, p => p!["entity"]!["id"]!.GetValue<string>() is "country:VNM" || p["entity"]!["id"]!.GetValue<string>().StartsWith("ministry:VNM-", StringComparison.Ordinal));
        Assert.All(partners, p => Assert.NotEmpty(p!["reasons"]!.AsArray()));
    }

    [Fact]
    public async Task Influence_over_2023_ranks_no_event_that_took_place_outside_it()
    {
        var response = await client.PostAsync("""{ influence(since: "2023", until: "2023", kinds: [EVENT], top: 50) { entity { id date } } }""");

        var events = response.Data!["influence"]!.AsArray().Select(r => r!["entity"]!).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.True(e["date"] is null || e["date"]!.GetValue<string>().StartsWith("2023", StringComparison.Ordinal), e["id"]!.GetValue<string>()));
    }
}
