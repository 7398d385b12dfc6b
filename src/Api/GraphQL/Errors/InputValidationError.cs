using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Errors;

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

    /// <summary>An import's refusals of a mutation's input, each named by its path under <c>input</c> (with the bad value when there is one).</summary>
    public static IEnumerable<FieldFailure> FromImport(IEnumerable<RecordError> errors) =>
        errors.Select(e => new FieldFailure($"input.{e.Field}", e.Value is null ? e.Message : $"{e.Message} (value: '{e.Value}')"));
}
