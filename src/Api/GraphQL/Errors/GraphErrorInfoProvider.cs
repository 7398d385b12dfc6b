using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;

using GraphQLParser.Exceptions;

namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>
/// The one place that turns errors into what clients see: a message and <c>extensions.code</c> (plus <c>field</c> and
/// <c>failures</c> for bad input, <c>id</c> for NOT_FOUND). The library's refusals arrive already translated
/// (<see cref="EngineErrors"/>); exceptions we did not raise on purpose become INTERNAL_ERROR with no detail: never a
/// stack trace, exception type or inner message.
/// </summary>
internal sealed class GraphErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError error)
    {
        var (code, message, extra) = Describe(error);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in extra)
            extensions[key] = value;
        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>Code, message and extra extensions for an error.</summary>
    internal static (string Code, string Message, IReadOnlyDictionary<string, object?> Extra) Describe(ExecutionError error)
    {
        var none = new Dictionary<string, object?>();
        return error switch
        {
            InputValidationError bad => (bad.Code!, bad.Message, new Dictionary<string, object?>
            {
                ["field"] = bad.Failures[0].Field,
                ["failures"] = bad.Failures.Select(f => new Dictionary<string, object?> { ["field"] = f.Field, ["message"] = f.Message }).ToList(),
            }),
            LimitExceededError limit => (limit.Code!, limit.Message, new Dictionary<string, object?> { ["field"] = limit.Field }),
            NotFoundError missing => (missing.Code!, missing.Message, new Dictionary<string, object?> { ["id"] = missing.Id }),
            RetryLaterError later => (later.Code!, later.Message, new Dictionary<string, object?> { ["retryAfterSeconds"] = later.RetryAfterSeconds }),
            GraphError ours => (ours.Code!, ours.Message, none),
            TimeoutError => (ErrorCodes.Timeout, "The request took longer than the configured execution timeout.", none),
            ValidationError { InnerException: FormatException } badValue => (ErrorCodes.Validation, badValue.Message, none),
            ValidationError invalid => (IsOurs(invalid.Code) ? invalid.Code! : ErrorCodes.DocumentInvalid, invalid.Message, none),
            DocumentError { InnerException: GraphQLSyntaxErrorException } parse => (ErrorCodes.ParseFailed, parse.Message, none),
            DocumentError document => (ErrorCodes.DocumentInvalid, document.Message, none),
            UnhandledError or { InnerException: not null } => (ErrorCodes.Internal, "Internal error; the server log has the details.", none),
            _ => (error.Code ?? ErrorCodes.Internal, error.Message, none),
        };
    }

    private static bool IsOurs(string? code) => code is not null && typeof(ErrorCodes).GetFields().Any(f => (string?)f.GetRawConstantValue() == code);
}
