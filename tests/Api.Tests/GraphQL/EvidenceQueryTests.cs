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
}
