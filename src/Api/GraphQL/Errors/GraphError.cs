using GraphQL;

namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>An error we raise on purpose: its message is for the client and its code is one of <see cref="ErrorCodes"/>.</summary>
internal class GraphError : ExecutionError
{
    public GraphError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}

/// <summary>An argument or input field is wrong; <see cref="Failures"/> names every bad field.</summary>
internal sealed class InputValidationError : GraphError
{
    public InputValidationError(IReadOnlyList<FieldFailure> failures)
        : base(ErrorCodes.Validation, string.Join("; ", failures.Select(f => $"{f.Field}: {f.Message}")))
    {
        ArgumentOutOfRangeException.ThrowIfZero(failures.Count);
        Failures = failures;
    }

    public InputValidationError(string field, string message)
        : this([new FieldFailure(field, message)])
    {
    }

    public IReadOnlyList<FieldFailure> Failures { get; }
}

/// <summary>One bad field: its path in the input (<c>input.sources[0].quote</c>) and what is wrong with it.</summary>
internal sealed record FieldFailure(string Field, string Message);

/// <summary>A configured limit was exceeded; the code says which.</summary>
internal sealed class LimitExceededError(string code, string field, string message) : GraphError(code, message)
{
    public string Field { get; } = field;
}
