using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.Api.Tests.Support;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The analysts' questions through the real HTTP pipeline, on the curated seed in a temp SQLite file.</summary>
public sealed class AnalystQueryTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Agreements_involving_Korea_since_2020_include_the_EPS_MoU_of_June_2023_and_nothing_concluded_before()
    {
        var response = await client.PostAsync("""
            {
              agreements(involving: "country:KOR", since: "2020") { id date inForce: property(key: "inForce") sources { quote } }
              concluded: agreements(involving: "country:KOR", since: "2020", dating: CONCLUDED) { id date inForce: property(key: "inForce") }
            }
            """);

        var agreements = response.Data!["agreements"]!.AsArray();
        var eps = Assert.Single(agreements, a => a!["id"]!.GetValue<string>() == "agreement:vnm-kor-eps-mou-2023");
        Assert.Equal("2023-06", eps!["date"]!.GetValue<string>());
        Assert.NotEmpty(eps["sources"]!.AsArray());
        Assert.All(agreements, a => Assert.True(
            OnOrAfter2020(a!["date"]) || OnOrAfter2020(a["inForce"]),
            $"{a["id"]} was neither signed nor entered into force since 2020"));
        var concluded = response.Data!["concluded"]!.AsArray();
        Assert.Contains(concluded, a => a!["id"]!.GetValue<string>() == "agreement:vnm-kor-eps-mou-2023");
        Assert.All(concluded, a =>
        {
            var signed = a!["date"] ?? a["inForce"];
            Assert.True(OnOrAfter2020(signed), $"{a["id"]} was concluded {signed}");
        });
    }

    private static bool OnOrAfter2020(System.Text.Json.Nodes.JsonNode? date) =>
        date is not null && PartialDate.Parse(date.GetValue<string>()).End >= new DateOnly(2020, 1, 1);

    [Fact]
    public async Task Search_finds_Vietnamese_names_from_text_typed_without_diacritics()
    {
        var response = await client.PostAsync("""{ search(text: "thuong binh va xa hoi") { id } }""");

        Assert.Contains("ministry:VNM-MOLISA", response.Data!["search"].Ids());
    }

    [Fact]
    public async Task Relationship_filters_keep_only_what_overlaps_the_window_with_the_asked_types_and_direction()
    {
        var response = await client.PostAsync("""
            {
              entity(id: "ministry:VNM-MOLISA") {
                all: relationships { id }
                in2023: relationships(since: "2023", until: "2023") { id validFrom validTo }
                signed: relationships(types: [SIGNED], direction: OUTGOING) { type from { id } }
                incoming: relationships(direction: INCOMING, types: [HOLDS_POSITION]) { to { id } }
              }
            }
            """);

        var entity = response.Data!["entity"]!;
        var in2023 = entity["in2023"]!.AsArray();
        Assert.NotEmpty(in2023);
        Assert.True(in2023.Count < entity["all"]!.AsArray().Count);
        var year = DateWindow.Between(PartialDate.OfYear(2023), PartialDate.OfYear(2023));
        Assert.All(in2023, r => Assert.True(year.Overlaps(Date(r!["validFrom"]), Date(r["validTo"])), r["id"]!.ToString()));
        Assert.All(entity["signed"]!.AsArray(), r => Assert.Equal(("SIGNED", "ministry:VNM-MOLISA"), (r!["type"]!.GetValue<string>(), r["from"]!["id"]!.GetValue<string>())));
        Assert.All(entity["incoming"]!.AsArray(), r => Assert.Equal("ministry:VNM-MOLISA", r!["to"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Partners_of_Vietnam_since_2020_come_with_the_relationships_that_connect_them()
    {
        var response = await client.PostAsync("""{ partners(of: "country:VNM", since: "2020") { entity { id } relationships { id sources { quote } } } }""");

        var partners = response.Data!["partners"]!.AsArray();
        Assert.Contains("country:KOR", partners.Select(p => p!["entity"]!["id"]!.GetValue<string>()));
        Assert.All(partners, p => Assert.NotEmpty(p!["relationships"]!.AsArray()));
    }

    [Fact]
    public async Task Every_playground_example_runs_without_errors()
    {
        Assert.NotEmpty(PlaygroundExamples.All);
        foreach (var example in PlaygroundExamples.All)
        {
            var response = await client.PostAsync(example.Query);

            Assert.True(response.Errors.Count == 0, $"{example.Title}: {response.Body}");
            Assert.NotNull(response.Data);
        }
    }

    private static PartialDate? Date(System.Text.Json.Nodes.JsonNode? node) => node is null ? null : PartialDate.Parse(node.GetValue<string>());
}
