using KnowledgeGraph.Import;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Curate;

/// <summary>The answers of <c>POST /curate/accept</c>: what was written, or every error with the record and field it concerns.</summary>
internal static class AcceptAnswer
{
    public static IResult Written(WriteOutcome outcome, RecordBatch records) => Results.Json(new
    {
        written = true,
        added = outcome.Added,
        changed = outcome.Changed,
        unchanged = outcome.Unchanged,
        version = outcome.Version,
        entities = records.Entities.Select(e => e.Record.Id),
        relationships = records.Relationships.Select(r => r.Record.Id),
    });

    public static IResult Invalid(IReadOnlyList<RecordError> errors) => Results.Json(
        new
        {
            written = false,
            code = "VALIDATION_ERROR",
            message = $"{errors.Count} error(s); nothing was written",
            errors = errors.Select(e => new { location = e.Location, field = e.Field, message = e.Message, value = e.Value }),
        },
        statusCode: StatusCodes.Status422UnprocessableEntity);

    public static IResult Refused(int status, string code, string message) =>
        Results.Json(new { written = false, code, message, errors = Array.Empty<object>() }, statusCode: status);
}
