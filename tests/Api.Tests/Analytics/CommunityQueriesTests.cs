using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Analytics;

/// <summary><c>communities</c> on the curated seed: groups, their members and sizes, paging, <c>among</c> and bad input.</summary>
public sealed class CommunityQueriesTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Fact]
    public async Task Louvain_groups_come_largest_first_with_sizes_matching_their_members()
    {
        var response = await factory.CreateClient().PostAsync("""{ communities(since: "2020", first: 50) { rank size members(first: 500) { id } } }""");

        Assert.Empty(response.Errors);
        var groups = response.Data!["communities"]!.AsArray();
        Assert.True(groups.Count > 1);
        Assert.Equal(Enumerable.Range(1, groups.Count), groups.Select(g => g!["rank"]!.GetValue<int>()));
        var sizes = groups.Select(g => g!["size"]!.GetValue<int>()).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
        Assert.All(groups, g => Assert.Equal(g!["size"]!.GetValue<int>(), g["members"]!.AsArray().Count));
        var members = groups.SelectMany(g => g!["members"].Ids()).ToList();
        Assert.Equal(members.Count, members.Distinct().Count());
    }

    [Fact]
    public async Task The_same_question_gets_the_same_groups_every_time()
    {
        const string query = """{ communities(since: "2019", first: 50) { rank members(first: 500) { id } } }""";

        var first = await factory.CreateClient().PostAsync(query);
        var again = await factory.CreateClient().PostAsync(query);

        Assert.Equal(first.Data!.ToJsonString(), again.Data!.ToJsonString());
    }

    [Fact]
    public async Task Weakly_connected_components_put_Thea_Lee_and_the_Lao_labour_ministry_together()
    {
        var response = await factory.CreateClient().PostAsync(
            """{ communities(algorithm: WEAKLY_CONNECTED, among: ["person:thea-lee", "person:vilayphong-sysomvang"]) { size members { id } } }""");

        var group = Assert.Single(response.Data!["communities"]!.AsArray());
        Assert.Equal(["person:thea-lee", "person:vilayphong-sysomvang"], group!["members"].Ids());
        Assert.True(group["size"]!.GetValue<int>() > 2);
    }

    [Fact]
    public async Task Among_lists_only_the_asked_entities_and_leaves_out_unknown_ones()
    {
        var response = await factory.CreateClient().PostAsync(
            """{ communities(among: ["country:VNM", "org:ILO", "person:nobody-at-all"]) { size members { id } } }""");

        Assert.Empty(response.Errors);
        var listed = response.Data!["communities"]!.AsArray().SelectMany(g => g!["members"].Ids()).Order().ToList();
        Assert.Equal(["country:VNM", "org:ILO"], listed);
    }

    [Fact]
    public async Task The_connection_pages_through_groups_and_members()
    {
        var client = factory.CreateClient();

        var first = await client.PostAsync("""{ communitiesConnection(first: 1) { totalCount pageInfo { endCursor hasNextPage } nodes { rank size membersConnection(first: 2) { totalCount nodes { id } } } } }""");
        var cursor = first.Data!["communitiesConnection"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await client.PostAsync($$"""{ communitiesConnection(first: 1, after: "{{cursor}}") { nodes { rank } } }""");

        var page = first.Data!["communitiesConnection"]!;
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var group = page["nodes"]![0]!;
        Assert.Equal(group["size"]!.GetValue<int>(), group["membersConnection"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, group["membersConnection"]!["nodes"]!.AsArray().Count);
        Assert.Equal(2, second.Data!["communitiesConnection"]!["nodes"]![0]!["rank"]!.GetValue<int>());
    }

    [Fact]
    public async Task More_groups_than_first_are_cut_with_RESULT_TRUNCATED_beside_the_data()
    {
        var response = await factory.CreateClient().PostAsync("""{ communities(first: 1) { rank } }""");

        Assert.Single(response.Data!["communities"]!.AsArray());
        Assert.Equal("RESULT_TRUNCATED", response.Code);
    }

    [Theory]
    [InlineData("""{ communities(first: 0) { rank } }""", "VALIDATION_ERROR", "first")]
    [InlineData("""{ communities(first: 1001) { rank } }""", "PAGE_SIZE_LIMIT_EXCEEDED", "first")]
    [InlineData("""{ communities(since: "2022", until: "2020") { rank } }""", "VALIDATION_ERROR", "until")]
    [InlineData("""{ communitiesConnection(after: "nonsense") { totalCount } }""", "VALIDATION_ERROR", "after")]
    public async Task Bad_arguments_are_refused_with_a_code_and_the_argument(string query, string code, string argument)
    {
        var response = await factory.CreateClient().PostAsync(query);

        Assert.Equal(code, response.Code);
        Assert.Equal(argument, response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Among_beyond_the_network_size_limit_is_refused()
    {
        var ids = Enumerable.Range(0, 2_001).Select(i => $"person:p{i}").ToArray();

        var response = await factory.CreateClient().PostAsync("query($ids: [ID!]) { communities(among: $ids) { rank } }", new { ids });

        Assert.Equal("PAGE_SIZE_LIMIT_EXCEEDED", response.Code);
        Assert.Equal("among", response.Errors[0]["extensions"]!["field"]!.GetValue<string>());
    }
}
