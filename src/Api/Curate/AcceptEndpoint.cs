using System.Text.Json;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Import;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Curate;

/// <summary>
/// <c>POST /curate/accept</c> with <c>{"reviewedBy": "…", "batch": {"documents": […], "entities": […], "relationships": […]}}</c>
/// and a bearer API key, as for mutations: the accepted candidates, in the import format, go through the same validated,
/// all-or-nothing import as everything else, each source citing the batch's document stamped with the review (who, and
/// the server's time). Any error writes nothing and is answered with every problem and its record.
/// </summary>
internal static class AcceptEndpoint
{
    /// <summary>Largest request accepted: an article's text and its candidates, with room to spare.</summary>
    public const long MaxBodyBytes = 8_000_000;

    public static async Task<IResult> HandleAsync(HttpContext http, ApiKeyAuthenticator keys, BatchImporter importer, CancellationToken cancellationToken)
    {
        if (keys.MatchingKey(http.Request.Headers.Authorization.ToString()) is null)
            return AcceptAnswer.Refused(StatusCodes.Status401Unauthorized, "UNAUTHENTICATED", "writing accepted candidates needs an API key: send Authorization: Bearer <key>");
        if (http.Request.ContentLength > MaxBodyBytes)
            return AcceptAnswer.Refused(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"the request is larger than {MaxBodyBytes:N0} bytes");
        JsonDocument body;
        try
        {
            body = await JsonDocument.ParseAsync(new LimitedStream(http.Request.Body, MaxBodyBytes), cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return AcceptAnswer.Refused(StatusCodes.Status400BadRequest, "BAD_REQUEST", $"the request is not valid JSON: {e.Message}");
        }
        catch (InvalidDataException e)
        {
            return AcceptAnswer.Refused(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", e.Message);
        }

        using (body)
        {
            if (body.RootElement.ValueKind != JsonValueKind.Object
                || !body.RootElement.TryGetProperty("batch", out var batchJson) || batchJson.ValueKind != JsonValueKind.Object)
                return AcceptAnswer.Refused(StatusCodes.Status400BadRequest, "BAD_REQUEST", "expected {\"reviewedBy\": \"…\", \"batch\": {\"documents\": […], \"entities\": […], \"relationships\": […]}}");
            var reviewer = body.RootElement.TryGetProperty("reviewedBy", out var by) && by.ValueKind == JsonValueKind.String ? by.GetString()!.Trim() : "";
            if (reviewer.Length == 0 || reviewer.Length > ReviewTime.MaxReviewerLength)
                return AcceptAnswer.Refused(StatusCodes.Status400BadRequest, "VALIDATION_ERROR", $"reviewedBy names who reviewed the candidates: 1 to {ReviewTime.MaxReviewerLength} characters");
            var records = GraphJson.Read(new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(batchJson)), "batch");
            if (records.Documents.Count == 0 && records.Errors.Count == 0)
                return AcceptAnswer.Refused(StatusCodes.Status400BadRequest, "VALIDATION_ERROR", "the batch names no document: accepted candidates are written with the document they quote");
            Review.Stamp(records, reviewer, DateTimeOffset.UtcNow);
            var result = await importer.ImportAsync(records, cancellationToken: cancellationToken);
            return result.Succeeded ? AcceptAnswer.Written(result.Outcome!, records) : AcceptAnswer.Invalid(result.Errors);
        }
    }
}
