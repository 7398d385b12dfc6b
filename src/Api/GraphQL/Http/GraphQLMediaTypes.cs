namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Media types of the GraphQL-over-HTTP spec and how a request's Accept header picks one.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type for an Accept header: graphql-response+json when accepted (or anything is), plain JSON for
    /// legacy clients that accept only it or send no Accept header (the spec's advice); null when neither is acceptable.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
            return Json;
        var accepted = accept.Split(',').Select(part => part.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (accepted.Contains(GraphQLResponse) || accepted.Contains("*/*") || accepted.Contains("application/*"))
            return GraphQLResponse;
        return accepted.Contains(Json) ? Json : null;
    }
}
