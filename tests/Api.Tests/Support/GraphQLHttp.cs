using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Support;

/// <summary>A GraphQL response as the client received it: status, media type, the JSON body and any Retry-After.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonNode Body, TimeSpan? RetryAfter = null)
{
    public JsonNode? Data => Body["data"];

    public IReadOnlyList<JsonNode> Errors => Body["errors"]?.AsArray().Select(e => e!).ToList() ?? [];

    public IReadOnlyList<string> Codes => Errors.Select(e => e["extensions"]?["code"]?.GetValue<string>() ?? "(none)").ToList();

    public string Code => Assert.Single(Codes);
}

/// <summary>Sends GraphQL requests the way clients do: POSTed JSON, accepting application/graphql-response+json.</summary>
public static class GraphQLHttp
{
    public const string ResponseType = "application/graphql-response+json";

    public static async Task<GraphQLResponse> PostAsync(this HttpClient client, string query, object? variables = null, string? apiKey = null, string accept = ResponseType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd(accept);
        if (apiKey is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return await SendGraphQLAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonNode.Parse(text) ?? throw new JsonException($"empty body with status {response.StatusCode}");
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response.Headers.RetryAfter?.Delta);
    }

    public static IReadOnlyList<string> Ids(this JsonNode? list) =>
        list?.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList() ?? throw new InvalidOperationException("no list in the response");
}
