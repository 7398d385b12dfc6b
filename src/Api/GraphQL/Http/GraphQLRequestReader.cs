using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

using GraphQL;
using GraphQL.Transport;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Limits;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from GET query parameters or a POSTed JSON body, within the configured size.</summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLLimitsOptions> limits)
{
    private const int FirstBufferBytes = 4 * 1024;

    public async Task<(GraphQLRequest? Request, RequestRefusedError? Rejection)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        try
        {
            var request = HttpMethods.IsGet(http.Method) ? ReadQueryString(http.Query) : await ReadBodyAsync(http, cancellationToken);
            return request switch
            {
                (_, { } rejection) => (null, rejection),
                ({ Query: { Length: > 0 } } valid, _) => (valid, null),
                _ => (null, BadRequest("The request has no 'query'.")),
            };
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            // The serializer reports bad shapes (a number where an object belongs, a lone surrogate) with these types.
            return (null, BadRequest($"The request is not a valid GraphQL request in JSON: {e.Message}"));
        }
    }

    private (GraphQLRequest?, RequestRefusedError?) ReadQueryString(IQueryCollection query)
    {
        var length = query.Sum(p => p.Key.Length + p.Value.Sum(v => v?.Length ?? 0));
        if (length > limits.Value.MaxRequestBytes)
            return (null, TooLarge());
        return (new GraphQLRequest
        {
            Query = query["query"].ToString(),
            OperationName = NullIfEmpty(query["operationName"].ToString()),
            Variables = NullIfEmpty(query["variables"].ToString()) is { } variables ? serializer.Deserialize<global::GraphQL.Inputs>(variables) : null,
            Extensions = NullIfEmpty(query["extensions"].ToString()) is { } extensions ? serializer.Deserialize<global::GraphQL.Inputs>(extensions) : null,
        }, null);
    }

    private async Task<(GraphQLRequest?, RequestRefusedError?)> ReadBodyAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var mediaType = http.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return (null, new RequestRefusedError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, "POST a JSON body with 'Content-Type: application/json'."));
        var max = limits.Value.MaxRequestBytes;
        if (http.ContentLength > max)
            return (null, TooLarge());

        // A pooled buffer, grown by doubling: the body is read once, checked and parsed where it lies.
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBufferBytes);
        try
        {
            var length = 0;
            int read;
            while ((read = await http.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length > max)
                    return (null, TooLarge());
                if (length == buffer.Length)
                    buffer = Grow(buffer, (int)Math.Min(buffer.Length * 2L, max + 1));
            }

            var body = buffer.AsSpan(0, length);
            if (!Utf8.IsValid(body))
                return (null, BadRequest("The body is not valid UTF-8."));
            if (body.TrimStart(" \t\r\n"u8) is not [(byte)'{', ..])
                return (null, BadRequest("The body must be one JSON object; batches are not supported."));
            using var stream = new MemoryStream(buffer, 0, length, writable: false);
            return (await serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int size)
    {
        var larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static RequestRefusedError BadRequest(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, message);

    private RequestRefusedError TooLarge() => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"The request is larger than the configured limit of {limits.Value.MaxRequestBytes} bytes.");

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
