using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>Asks the running API what the explorer should draw, so the tests compare with data, not with literals.</summary>
public sealed class GraphApi(HttpClient client) : IDisposable
{
    public async Task<JsonNode> QueryAsync(string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (body["errors"] is JsonArray { Count: > 0 } errors)
            throw new InvalidOperationException($"GraphQL errors: {errors.ToJsonString()}");
        return body["data"]!;
    }

    /// <summary>Ids of the nodes and edges of partnerNetwork(of, since, until, maxNodes), maxNodes the API's default unless given.</summary>
    public async Task<(SortedSet<string> Nodes, SortedSet<string> Edges)> PartnerNetworkAsync(string of, int since, int until, int? maxNodes = null)
    {
        var data = await QueryAsync(
            "query($of: ID!, $since: PartialDate, $until: PartialDate, $maxNodes: Int) { partnerNetwork(of: $of, since: $since, until: $until, maxNodes: $maxNodes) { nodes { id } edges { id } } }",
            maxNodes is null
                ? new { of, since = since.ToString(CultureInfo.InvariantCulture), until = until.ToString(CultureInfo.InvariantCulture) }
                : new { of, since = since.ToString(CultureInfo.InvariantCulture), until = until.ToString(CultureInfo.InvariantCulture), maxNodes });
        return (Ids(data["partnerNetwork"]!["nodes"]), Ids(data["partnerNetwork"]!["edges"]));
    }

    public static SortedSet<string> Ids(JsonNode? list) =>
        new(list!.AsArray().Select(item => item!["id"]!.GetValue<string>()), StringComparer.Ordinal);

    public void Dispose() => client.Dispose();
}
