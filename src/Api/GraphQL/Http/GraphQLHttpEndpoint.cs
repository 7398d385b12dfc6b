using GraphQL;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.Playground;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Our GraphQL-over-HTTP endpoint: GET (queries only) and POST (JSON), content negotiation, spec status codes,
/// API keys, size limit, one time budget per request, cancellation when the client goes away, and an answer with a
/// code (never a stack trace) whatever goes wrong. Every refusal carries its own HTTP status
/// (<see cref="IHasPreferredStatusCode"/>).
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<KnowledgeGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader,
    ApiKeyAuthenticator authenticator,
    EngineErrors engineErrors,
    IOptions<GraphQLLimitsOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<GraphQLHttpEndpoint> logger)
{
    private readonly GraphQLLimitsOptions limits = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        if (BrowserNavigation.OpensEndpointPage(http.Request))
        {
            // What HotChocolate and Apollo do for a browser at their endpoint: open the IDE instead of a JSON error.
            http.Response.Redirect(PlaygroundEndpoints.Path);
            return;
        }

        var stopping = lifetime.ApplicationStopping;

        // One budget for the whole request: reading the body, parsing, validating, executing and writing the answer.
        // It runs on the injected clock, so a test can move time instead of racing a real timer.
        using var timeout = new CancellationTokenSource(limits.ExecutionTimeout, time);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping, timeout.Token);
        var started = time.GetTimestamp();
        var negotiated = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
        var mediaType = negotiated ?? GraphQLMediaTypes.GraphQLResponse;
        try
        {
            await AnswerAsync(http, negotiated, started, budget.Token);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; nobody is there to answer.
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await TryRefuseAsync(http, mediaType, engineErrors.ShuttingDown());
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested || time.GetElapsedTime(started) > limits.ExecutionTimeout)
        {
            await TryRefuseAsync(http, mediaType, new RequestRefusedError(StatusCodes.Status504GatewayTimeout, ErrorCodes.Timeout,
                $"The request took longer than its time budget of {limits.ExecutionTimeout.TotalSeconds:0.###} s."));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Unhandled error answering a GraphQL request");
            await TryRefuseAsync(http, mediaType,
                new RequestRefusedError(StatusCodes.Status500InternalServerError, ErrorCodes.Internal, "Internal error; the server log has the details."));
        }
    }

    /// <param name="mediaType">The negotiated response type; null when the client accepts none we serve (406).</param>
    private async Task AnswerAsync(HttpContext http, string? mediaType, long started, CancellationToken budget)
    {
        if (mediaType is null)
        {
            await RefuseAsync(http, GraphQLMediaTypes.GraphQLResponse, new RequestRefusedError(StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."), http.RequestAborted);
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await RefuseAsync(http, mediaType,
                new RequestRefusedError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST."), http.RequestAborted);
            return;
        }

        var (request, rejection) = await reader.ReadAsync(http.Request, budget);
        if (rejection is not null)
        {
            await RefuseAsync(http, mediaType, rejection, http.RequestAborted);
            return;
        }

        var key = authenticator.MatchingKey(http.Request.Headers.Authorization.ToString());
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request!.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.UserContext = new GraphUserContext
            {
                IsAuthenticated = key is not null,
                IsHttpGet = HttpMethods.IsGet(http.Request.Method),
                Client = key is { } index ? $"key:{index}" : $"address:{http.Connection.RemoteIpAddress}",
            };
            options.CancellationToken = budget;
        });

        // A busy timer can fire late: an answer that took longer than the budget is a timeout all the same.
        if (time.GetElapsedTime(started) > limits.ExecutionTimeout)
            throw new OperationCanceledException(budget);
        budget.ThrowIfCancellationRequested();
        await WriteAsync(http, mediaType, result, GraphQLHttpStatus.For(result, mediaType), budget);
    }

    private Task RefuseAsync<TRefusal>(HttpContext http, string mediaType, TRefusal refusal, CancellationToken cancellationToken)
        where TRefusal : GraphError, IHasPreferredStatusCode =>
        WriteAsync(http, mediaType, new ExecutionResult { Errors = [refusal] }, refusal.PreferredStatusCode, cancellationToken);

    /// <summary>Answers with one refusal when nothing else was written yet; a response already under way is left as it is.</summary>
    private Task TryRefuseAsync<TRefusal>(HttpContext http, string mediaType, TRefusal refusal)
        where TRefusal : GraphError, IHasPreferredStatusCode =>
        http.Response.HasStarted ? Task.CompletedTask : RefuseAsync(http, mediaType, refusal, http.RequestAborted);

    private async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result, int statusCode, CancellationToken cancellationToken)
    {
        if (http.RequestAborted.IsCancellationRequested)
            return;
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        if (statusCode == StatusCodes.Status401Unauthorized)
            http.Response.Headers.WWWAuthenticate = "Bearer";
        if (statusCode is (StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable) && result.Errors?[0] is RetryLaterError later)
            http.Response.Headers.RetryAfter = later.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (statusCode == StatusCodes.Status405MethodNotAllowed && !http.Response.Headers.ContainsKey("Allow"))
            http.Response.Headers.Allow = "POST";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }
}
