namespace KnowledgeGraph.Errors;

/// <summary>
/// The values of GraphQL <c>extensions.code</c> that clients can rely on: the engine's refusals carry theirs
/// (<see cref="QueryRefusedException.Code"/>) and the API's own refusals use the rest.
/// </summary>
public static class ErrorCodes
{
    public const string Validation = "VALIDATION_ERROR";
    public const string NotFound = "NOT_FOUND";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string DepthLimit = "DEPTH_LIMIT_EXCEEDED";
    public const string CostLimit = "COST_LIMIT_EXCEEDED";
    public const string TokenLimit = "TOKEN_LIMIT_EXCEEDED";
    public const string FieldLimit = "FIELD_LIMIT_EXCEEDED";
    public const string AliasLimit = "ALIAS_LIMIT_EXCEEDED";
    public const string FragmentLimit = "FRAGMENT_LIMIT_EXCEEDED";
    public const string PageSizeLimit = "PAGE_SIZE_LIMIT_EXCEEDED";
    public const string HopsLimit = "HOPS_LIMIT_EXCEEDED";
    public const string NetworkDepthLimit = "NETWORK_DEPTH_LIMIT_EXCEEDED";
    public const string PathCountLimit = "PATH_COUNT_LIMIT_EXCEEDED";
    public const string ResultTruncated = "RESULT_TRUNCATED";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string Timeout = "TIMEOUT";
    public const string ServiceBusy = "SERVICE_BUSY";
    public const string RateLimited = "RATE_LIMITED";
    public const string BadRequest = "BAD_REQUEST";
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string DocumentInvalid = "GRAPHQL_VALIDATION_FAILED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string Internal = "INTERNAL_ERROR";
}
