using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Speaks Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>): typed-JSON results, Basic auth, explicit transactions
/// that echo <c>neo4j-cluster-affinity</c>, bookmarks so that reads see this client's last committed write, and
/// retries (Polly) of transient failures. Every response is checked for <c>errors</c>, whatever its status code:
/// the API answers 202 before it knows whether the statement succeeded.
/// </summary>
internal sealed class QueryApiClient : IDisposable
{
    public const string TypedJsonMediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _retry;
    private readonly AuthenticationHeaderValue _authorization;
    private volatile string[] _bookmarks = [];

    public QueryApiClient(Neo4jOptions options, HttpClient? http = null)
    {
        options.Validate();
        _options = options;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient { Timeout = options.RequestTimeout };
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _retry = BuildRetry(options);
    }

    /// <summary>Runs a read-only statement in its own transaction, routed to a reader (<c>accessMode: Read</c>).</summary>
    public Task<QueryApiResult> ReadAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunWithRetryAsync(statement, parameters, "Read", cancellationToken);

    /// <summary>Runs one writing statement in its own transaction (schema statements, which cannot share a transaction with data).</summary>
    public Task<QueryApiResult> WriteAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        RunWithRetryAsync(statement, parameters, "Write", cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction and commits it; rolls back if it throws.
    /// A transient failure re-runs the whole unit, so <paramref name="work"/> must only depend on what it reads inside it.
    /// </summary>
    public async Task<T> ExecuteWriteAsync<T>(Func<QueryApiTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async token =>
        {
            var transaction = await BeginAsync(token);
            try
            {
                var result = await work(transaction, token);
                await transaction.CommitAsync(token);
                return result;
            }
            catch
            {
                await transaction.RollbackQuietlyAsync();
                throw;
            }
        }, cancellationToken);

    private async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, "query/v2/tx", affinity: null, Body(statement: null, parameters: null, accessMode: "Write"));
        var (result, affinity) = await SendAsync(request, "begin transaction", cancellationToken);
        if (result.TransactionId is null)
            throw new Neo4jQueryException(Neo4jErrorKind.Protocol, null, "Neo4j opened no transaction: its answer to POST /query/v2/tx has no transaction.id");
        return new QueryApiTransaction(this, result.TransactionId, affinity);
    }

    internal async Task<QueryApiResult> RunInTransactionAsync(string transactionId, string? affinity, CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, $"query/v2/tx/{transactionId}", affinity, Body(statement, parameters, accessMode: null));
        return (await SendAsync(request, statement.Name, cancellationToken)).Result;
    }

    internal async Task CommitAsync(string transactionId, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Post, $"query/v2/tx/{transactionId}/commit", affinity, content: null);
        var (result, _) = await SendAsync(request, "commit", cancellationToken);
        RememberBookmarks(result);
    }

    internal async Task RollbackAsync(string transactionId, string? affinity, CancellationToken cancellationToken)
    {
        using var request = NewRequest(HttpMethod.Delete, $"query/v2/tx/{transactionId}", affinity, content: null);
        await SendAsync(request, "rollback", cancellationToken);
    }

    private Task<QueryApiResult> RunWithRetryAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, string accessMode, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async token =>
        {
            using var request = NewRequest(HttpMethod.Post, "query/v2", affinity: null, Body(statement, parameters, accessMode));
            var (result, _) = await SendAsync(request, statement.Name, token);
            if (accessMode == "Write")
                RememberBookmarks(result);
            return result;
        }, cancellationToken).AsTask();

    private void RememberBookmarks(QueryApiResult result)
    {
        if (result.Bookmarks.Count > 0)
            _bookmarks = [.. result.Bookmarks];
    }

    private Dictionary<string, object?> Body(CypherStatement? statement, IReadOnlyDictionary<string, object?>? parameters, string? accessMode)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (statement is not null)
        {
            body["statement"] = statement.Text;
            body["parameters"] = parameters;
        }

        if (accessMode is not null)
            body["accessMode"] = accessMode;
        var bookmarks = _bookmarks;
        if (bookmarks.Length > 0)
            body["bookmarks"] = bookmarks;
        return body;
    }

    private HttpRequestMessage NewRequest(HttpMethod method, string path, string? affinity, Dictionary<string, object?>? content)
    {
        var database = Uri.EscapeDataString(_options.Database);
        var request = new HttpRequestMessage(method, new Uri(_options.Uri!, $"/db/{database}/{path}"));
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonMediaType));
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (content is not null)
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(content)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        return request;
    }

    private async Task<(QueryApiResult Result, string? Affinity)> SendAsync(HttpRequestMessage request, string statementName, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jQueryException(Neo4jErrorKind.Connection, null, $"cannot reach Neo4j at {_options.Uri}: {e.Message}. Check Graph:Neo4j:Uri and that the server is running.", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jQueryException(Neo4jErrorKind.Connection, null, $"Neo4j at {_options.Uri} did not answer '{statementName}' within {_http.Timeout.TotalSeconds:0} s", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (Parse(response.StatusCode, body, statementName), affinity);
        }
    }

    private QueryApiResult Parse(HttpStatusCode status, byte[] body, string statementName)
    {
        JsonDocument? document = null;
        if (body.Length > 0)
        {
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException) when ((int)status >= 400)
            {
                document = null;
            }
            catch (JsonException e)
            {
                throw new Neo4jQueryException(Neo4jErrorKind.Protocol, null, $"Neo4j at {_options.Uri} answered '{statementName}' with something that is not JSON (HTTP {(int)status}); is the address the HTTP port of Neo4j 5.19 or later?", e);
            }
        }

        using (document)
        {
            var root = document?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } && root.Value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                throw Neo4jQueryException.FromServer(code, message, statementName);
            }

            if ((int)status >= 400 || root is null)
                throw FromStatus(status, statementName);
            return ReadResult(root.Value);
        }
    }

    private Neo4jQueryException FromStatus(HttpStatusCode status, string statementName) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
            new(Neo4jErrorKind.Authentication, null, $"Neo4j at {_options.Uri} refused the credentials of user '{_options.User}' (HTTP {(int)status}). Check Graph:Neo4j:User and Graph:Neo4j:Password."),
        HttpStatusCode.NotFound =>
            new(Neo4jErrorKind.Protocol, null, $"Neo4j at {_options.Uri} has no Query API for database '{_options.Database}' (HTTP 404). The Query API needs Neo4j 5.19 or later; check Graph:Neo4j:Database."),
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests =>
            new(Neo4jErrorKind.Transient, null, $"Neo4j at {_options.Uri} is unavailable for '{statementName}' (HTTP {(int)status})"),
        _ => new(Neo4jErrorKind.Protocol, null, $"Neo4j at {_options.Uri} answered '{statementName}' with HTTP {(int)status} and no error detail"),
    };

    private static QueryApiResult ReadResult(JsonElement root)
    {
        string[] fields = [];
        var rows = new List<object?[]>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            fields = [.. data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!)];
            foreach (var row in data.GetProperty("values").EnumerateArray())
                rows.Add([.. row.EnumerateArray().Select(TypedJson.Decode)]);
        }

        string[] bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(x => x.GetString()!)]
            : [];
        var transactionId = root.TryGetProperty("transaction", out var t) && t.TryGetProperty("id", out var id) ? id.GetString() : null;
        return new QueryApiResult(fields, rows, bookmarks, transactionId);
    }

    private static ResiliencePipeline BuildRetry(Neo4jOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jQueryException>(e => e.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            });
        }

        return builder.Build();
    }

    public void Dispose()
    {
        if (_ownsHttp)
            _http.Dispose();
    }
}
