using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Tests.Storage.Neo4j;

/// <summary>
/// A real HTTP listener on 127.0.0.1 that answers like Neo4j's Query API, replaying response shapes from Neo4j's
/// documentation. It records every request so tests can check what the client sent.
/// </summary>
internal sealed class ReplayQueryApiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<RecordedRequest, ReplayResponse> _respond;
    private readonly Task _loop;
    private readonly List<RecordedRequest> _requests = [];

    public ReplayQueryApiServer(Func<RecordedRequest, ReplayResponse> respond)
    {
        _respond = respond;
        var port = FreePort();
        Uri = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Uri.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Uri { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
                return [.. _requests];
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                context.Request.Headers.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase),
                body.Length > 0 ? JsonDocument.Parse(body).RootElement.Clone() : null);
            lock (_requests)
                _requests.Add(request);

            var response = _respond(request);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = "application/vnd.neo4j.query";
            foreach (var (name, value) in response.Headers)
                context.Response.Headers[name] = value;
            var bytes = Encoding.UTF8.GetBytes(response.Body);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }
}

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    public string? Statement => Body is { } body && body.TryGetProperty("statement", out var s) ? s.GetString() : null;

    public JsonElement Parameter(string name) => Body!.Value.GetProperty("parameters").GetProperty(name);
}

internal sealed record ReplayResponse(int Status, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public static ReplayResponse Accepted(string body, IReadOnlyDictionary<string, string>? headers = null) => new(202, body, headers ?? new Dictionary<string, string>());
}
