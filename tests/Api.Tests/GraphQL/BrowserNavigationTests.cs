using System.Net;

using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// A browser opening <c>/graphql</c> is sent to the playground while API clients get GraphQL answers, over a real
/// Kestrel port.
/// </summary>
public sealed class BrowserNavigationTests : IClassFixture<GraphApiFactory>, IDisposable
{
    // What Chromium sends when its address bar opens a page.
    private const string ChromiumNavigation = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private readonly HttpClient client;

    public BrowserNavigationTests(GraphApiFactory factory)
    {
        var address = factory.BaseAddress ?? factory.StartOnKestrel();
        client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    [Theory]
    [InlineData(ChromiumNavigation)]
    [InlineData("text/html")]
    public async Task A_browser_opening_the_endpoint_is_redirected_to_the_playground(string accept)
    {
        using var response = await GetAsync("/graphql", accept);
        using var page = await GetAsync(response.Headers.Location!.OriginalString, accept);

        Assert.Equal((HttpStatusCode.Redirect, "/playground"), (response.StatusCode, response.Headers.Location.OriginalString));
        Assert.Equal((HttpStatusCode.OK, "text/html"), (page.StatusCode, page.Content.Headers.ContentType?.MediaType));
    }

    [Theory]
    [InlineData(GraphQLHttp.ResponseType)]
    [InlineData("application/json")]
    [InlineData("text/html, application/json")]
    [InlineData("*/*")]
    [InlineData("")]
    public async Task An_API_client_asking_the_endpoint_without_a_query_gets_a_GraphQL_error_not_a_redirect(string accept)
    {
        using var response = await GetAsync("/graphql", accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { GraphQLHttp.ResponseType, "application/json" });
    }

    [Fact]
    public async Task A_browser_link_with_a_query_still_runs_it()
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("""{ entity(id: "country:VNM") { name } }"""), ChromiumNavigation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Viet Nam", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => client.Dispose();

    private Task<HttpResponseMessage> GetAsync(string path, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept.Length > 0)
            request.Headers.TryAddWithoutValidation("Accept", accept);
        return client.SendAsync(request);
    }
}
