namespace KnowledgeGraph.Errors;

/// <summary>
/// The values of GraphQL <c>extensions.code</c> that clients can rely on: the engine's refusals carry theirs
/// (<see cref="QueryRefusedException.Code"/>) and the API's own refusals use the rest.
/// </summary>
public static class ErrorCodes
{
    /// <summary>An input value or argument failed validation.</summary>
    public const string Validation = "VALIDATION_ERROR";

    /// <summary>No entity, relationship or document has the id asked for.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The operation needs a valid API key and came without one.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The document or operation is nested deeper than allowed.</summary>
    public const string DepthLimit = "DEPTH_LIMIT_EXCEEDED";

    /// <summary>The operation's estimated cost is above the limit.</summary>
    public const string CostLimit = "COST_LIMIT_EXCEEDED";

    /// <summary>The document has more tokens than allowed.</summary>
    public const string TokenLimit = "TOKEN_LIMIT_EXCEEDED";

    /// <summary>The document selects more fields than allowed.</summary>
    public const string FieldLimit = "FIELD_LIMIT_EXCEEDED";

    /// <summary>The document has more aliases than allowed.</summary>
    public const string AliasLimit = "ALIAS_LIMIT_EXCEEDED";

    /// <summary>The document defines more fragments than allowed.</summary>
    public const string FragmentLimit = "FRAGMENT_LIMIT_EXCEEDED";

    /// <summary>A page size (<c>first</c>, <c>among</c>) is above the limit.</summary>
    public const string PageSizeLimit = "PAGE_SIZE_LIMIT_EXCEEDED";

    /// <summary><c>maxHops</c> is outside the allowed range.</summary>
    public const string HopsLimit = "HOPS_LIMIT_EXCEEDED";

    /// <summary>A partner network's <c>depth</c> is above the limit.</summary>
    public const string NetworkDepthLimit = "NETWORK_DEPTH_LIMIT_EXCEEDED";

    /// <summary><c>k</c>, the number of paths asked for, is outside the allowed range.</summary>
    public const string PathCountLimit = "PATH_COUNT_LIMIT_EXCEEDED";

    /// <summary>A list was cut short; the data returned is partial.</summary>
    public const string ResultTruncated = "RESULT_TRUNCATED";

    /// <summary>The HTTP request body is larger than allowed.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>The request ran past its execution timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>Every slot for heavy computations is taken; retry later.</summary>
    public const string ServiceBusy = "SERVICE_BUSY";

    /// <summary>The client sent too many requests; retry later.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The HTTP request is malformed or of an unsupported media type.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The GraphQL document does not parse.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The GraphQL document does not validate against the schema.</summary>
    public const string DocumentInvalid = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>The HTTP method is not allowed for this request (mutations need POST).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>An unexpected failure; the server log has the details.</summary>
    public const string Internal = "INTERNAL_ERROR";
}
