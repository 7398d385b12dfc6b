using System.Net;
using System.Text;

using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.Tests.Support;

using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The GraphQL-over-HTTP rules: methods, media types and status codes.</summary>
public sealed class HttpTransportTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_query_can_be_sent_with_GET_and_answers_in_the_graphql_response_media_type()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query($id: ID!) { entity(id: $id) { name } }")
            + "&variables=" + Uri.EscapeDataString("""{"id":"country:VNM"}"""));
        request.Headers.Accept.ParseAdd(GraphQLHttp.ResponseType);

        var response = await client.SendGraphQLAsync(request);

        Assert.Equal((HttpStatusCode.OK, GraphQLHttp.ResponseType), (response.Status, response.MediaType));
        Assert.NotNull(response.Data!["entity"]!["name"]);
    }

    [Fact]
    public async Task A_mutation_sent_with_GET_is_refused_with_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("""mutation { deleteRelationship(id: "x") }"""));
        request.Headers.Authorization = new("Bearer", GraphApiFactory.ApiKey);

        var response = await client.SendGraphQLAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("METHOD_NOT_ALLOWED", response.Code);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_refused_with_415_or_400()
    {
        using var wrongType = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ entity }", Encoding.UTF8, "text/plain") };
        using var badJson = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\": ", Encoding.UTF8, "application/json") };

        var unsupported = await client.SendGraphQLAsync(wrongType);
        var malformed = await client.SendGraphQLAsync(badJson);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unsupported.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "BAD_REQUEST"), (malformed.Status, malformed.Code));
    }

    [Fact]
    public async Task A_document_that_does_not_parse_or_validate_is_400_with_the_new_media_type_and_200_for_legacy_JSON_clients()
    {
        var parse = await client.PostAsync("{ entity(id: ");
        var invalid = await client.PostAsync("{ noSuchField }");
        var legacy = await client.PostAsync("{ noSuchField }", accept: "application/json");

        Assert.Equal((HttpStatusCode.BadRequest, "GRAPHQL_PARSE_FAILED"), (parse.Status, parse.Code));
        Assert.Equal((HttpStatusCode.BadRequest, "GRAPHQL_VALIDATION_FAILED"), (invalid.Status, invalid.Code));
        Assert.Equal((HttpStatusCode.OK, "application/json"), (legacy.Status, legacy.MediaType));
    }

    [Fact]
    public async Task Parsed_documents_are_cached_by_query_text()
    {
        const string query = """{ entity(id: "org:ILO") { id } }""";
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        Assert.False(cache.Contains(query));

        await client.PostAsync(query);

        Assert.True(cache.Contains(query));
    }

    [Fact]
    public async Task A_cached_mutation_still_needs_an_API_key()
    {
        const string mutation = """mutation { deleteRelationship(id: "rel:cached-needs-a-key") }""";
        await client.PostAsync(mutation, apiKey: GraphApiFactory.ApiKey);
        Assert.True(factory.Services.GetRequiredService<DocumentCache>().Contains(mutation));

        var response = await client.PostAsync(mutation);

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (response.Status, response.Code));
    }

    [Fact]
    public async Task A_cached_mutation_sent_with_GET_is_still_refused_with_405()
    {
        const string mutation = """mutation { deleteRelationship(id: "rel:cached-over-get") }""";
        await client.PostAsync(mutation, apiKey: GraphApiFactory.ApiKey);
        Assert.True(factory.Services.GetRequiredService<DocumentCache>().Contains(mutation));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(mutation));
        request.Headers.Authorization = new("Bearer", GraphApiFactory.ApiKey);

        var response = await client.SendGraphQLAsync(request);

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED"), (response.Status, response.Code));
    }
}
