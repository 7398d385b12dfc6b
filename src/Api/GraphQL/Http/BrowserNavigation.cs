using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Tells a browser opening the endpoint's address from an API client: a GET with no <c>query</c> whose Accept names
/// HTML and neither JSON response type. Browsers also send <c>*/*</c>, so wildcards do not count for either side.
/// </summary>
internal static class BrowserNavigation
{
    public static bool OpensEndpointPage(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query"))
            return false;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
            return false;
        var types = accepted.Select(type => type.MediaType.Value).ToList();
        return types.Contains("text/html", StringComparer.OrdinalIgnoreCase)
            && !types.Contains(GraphQLMediaTypes.GraphQLResponse, StringComparer.OrdinalIgnoreCase)
            && !types.Contains(GraphQLMediaTypes.Json, StringComparer.OrdinalIgnoreCase);
    }
}
