using GraphQL;

using KnowledgeGraph.Api.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// HTTP status of a GraphQL result, as the GraphQL-over-HTTP spec says: with graphql-response+json, 200 when
/// execution started (data present, even with field errors), 4xx when the request was refused before it; with plain
/// JSON (legacy clients) 200 for every well-formed request. Authentication, method, rate-limit and busy refusals are
/// HTTP-level in both; busy only when it left no data, so a client retries exactly when nothing was answered.
/// </summary>
internal static class GraphQLHttpStatus
{
    public static int For(ExecutionResult result, string mediaType)
    {
        var code = result.Errors is { Count: > 0 } errors ? GraphErrorInfoProvider.Describe(errors[0]).Code : null;
        return code switch
        {
            ErrorCodes.Unauthenticated => StatusCodes.Status401Unauthorized,
            ErrorCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
            ErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
            ErrorCodes.ServiceBusy when result.Data is null => StatusCodes.Status503ServiceUnavailable,
            _ when result.Executed || mediaType == GraphQLMediaTypes.Json => StatusCodes.Status200OK,
            ErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
            _ => StatusCodes.Status400BadRequest,
        };
    }
}
