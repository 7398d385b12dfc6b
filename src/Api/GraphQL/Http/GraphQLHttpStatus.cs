using GraphQL;
using GraphQL.Execution;

using KnowledgeGraph.Api.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// HTTP status of a GraphQL result, as the GraphQL-over-HTTP spec says: with graphql-response+json, 200 when
/// execution started (data present, even with field errors), 4xx when the request was refused before it; with plain
/// JSON (legacy clients) 200 for every well-formed request. A refusal with its own status (authentication, method,
/// rate limit, busy: <see cref="IHasPreferredStatusCode"/>) is HTTP-level in both when it left no data, so a client
/// retries exactly when nothing was answered.
/// </summary>
internal static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        var first = result.Errors is { Count: > 0 } errors ? errors[0] : null;
        if (result.Data is null && first is IHasPreferredStatusCode refusal)
            return refusal.PreferredStatusCode;
        if (result.Executed || mediaType == GraphQLMediaTypes.Json)
            return StatusCodes.Status200OK;
        return first is TimeoutError ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status400BadRequest;
    }
}
