using System.Diagnostics;

using GraphQL;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Api.Playground;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Our GraphQL-over-HTTP endpoint: GET (queries only) and POST (JSON), content negotiation, spec status codes,
/// API keys, size limit, one time budget per request, cancellation when the client goes away, and an answer with a
/// code (never a stack trace) whatever goes wrong.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    private static readonly QueriesOnlyOverGetRule QueriesOnlyOverGet = new();

    public static async Task HandleAsync(HttpContext http)
    {
        if (BrowserNavigation.OpensEndpointPage(http.Request))
        {
            // What HotChocolate and Apollo do for a browser at their endpoint: open the IDE instead of a JSON error.
            http.Response.Redirect(PlaygroundExtensions.Path);
            return;
        }

        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

        // One budget for the whole request: reading the body, parsing, validating, executing and writing the answer.
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        budget.CancelAfter(limits.ExecutionTimeout);
        var started = Stopwatch.GetTimestamp();
        var negotiated = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
        var mediaType = negotiated ?? GraphQLMediaTypes.GraphQLResponse;
        try
        {
            await AnswerAsync(http, serializer, limits, negotiated, started, budget.Token);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; nobody is there to answer.
        }
        catch (OperationCanceledException stopped) when (stopping.IsCancellationRequested)
        {
            var busy = services.GetRequiredService<ServiceBusyErrors>().For(stopped)!;
            await TryWriteAsync(http, serializer, mediaType, busy, StatusCodes.Status503ServiceUnavailable);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested || Stopwatch.GetElapsedTime(started) > limits.ExecutionTimeout)
        {
            var timeout = new GraphError(ErrorCodes.Timeout, $"The request took longer than its time budget of {limits.ExecutionTimeout.TotalSeconds:0.###} s.");
            await TryWriteAsync(http, serializer, mediaType, timeout, StatusCodes.Status504GatewayTimeout);
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint)).LogError(e, "Unhandled error answering a GraphQL request");
            await TryWriteAsync(http, serializer, mediaType, new GraphError(ErrorCodes.Internal, "Internal error; the server log has the details."), StatusCodes.Status500InternalServerError);
        }
    }

    /// <param name="mediaType">The negotiated response type; null when the client accepts none we serve (406).</param>
    private static async Task AnswerAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLLimitsOptions limits, string? mediaType, long started, CancellationToken budget)
    {
        var services = http.RequestServices;
        if (mediaType is null)
        {
            await RejectAsync(http, serializer, GraphQLMediaTypes.GraphQLResponse,
                new RequestRejection(StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest, $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}."));
            return;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await RejectAsync(http, serializer, mediaType,
                new RequestRejection(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Use GET for queries or POST."));
            return;
        }

        var (request, rejection) = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, budget);
        if (rejection is not null)
        {
            await RejectAsync(http, serializer, mediaType, rejection);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var key = services.GetRequiredService<ApiKeyAuthenticator>().MatchingKey(http.Request.Headers.Authorization.ToString());
        var result = await services.GetRequiredService<IDocumentExecuter<KnowledgeGraphSchema>>().ExecuteAsync(options =>
        {
            options.Query = request!.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = services;
            options.User = http.User;
            options.UserContext = new GraphUserContext
            {
                IsAuthenticated = key is not null,
                IsHttpGet = isGet,
                Client = key is { } index ? $"key:{index}" : $"address:{http.Connection.RemoteIpAddress}",
            };
            options.CancellationToken = budget;
            if (isGet)
                options.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(QueriesOnlyOverGet);
        });

        // A busy timer can fire late: an answer that took longer than the budget is a timeout all the same.
        if (Stopwatch.GetElapsedTime(started) > limits.ExecutionTimeout)
            throw new OperationCanceledException(budget);
        budget.ThrowIfCancellationRequested();
        await WriteAsync(http, serializer, mediaType, result, GraphQLHttpStatus.For(result, mediaType), budget);
    }

    private static Task RejectAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, RequestRejection rejection) =>
        WriteAsync(http, serializer, mediaType, new ExecutionResult { Errors = [new GraphError(rejection.Code, rejection.Message)] }, rejection.StatusCode, http.RequestAborted);

    /// <summary>Answers with one error when nothing else was written yet; a response already under way is left as it is.</summary>
    private static Task TryWriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, GraphError error, int statusCode) =>
        http.Response.HasStarted ? Task.CompletedTask : WriteAsync(http, serializer, mediaType, new ExecutionResult { Errors = [error] }, statusCode, http.RequestAborted);

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result, int statusCode, CancellationToken cancellationToken)
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
