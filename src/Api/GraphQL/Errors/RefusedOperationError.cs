using GraphQL.Validation;

namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>
/// An operation a validation rule refuses for the request rather than the text: no matching API key (UNAUTHENTICATED,
/// 401) or a mutation sent with GET (METHOD_NOT_ALLOWED, 405). Nothing runs.
/// </summary>
internal sealed class RefusedOperationError : ValidationError, IHasPreferredStatusCode
{
    public RefusedOperationError(int statusCode, string code, string message)
        : base(message)
    {
        Code = code;
        PreferredStatusCode = statusCode;
    }

    public int PreferredStatusCode { get; }
}
