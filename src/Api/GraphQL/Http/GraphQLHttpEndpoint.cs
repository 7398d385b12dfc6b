using GraphQL;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Security;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Our GraphQL-over-HTTP endpoint: GET (queries only) and POST (JSON), content negotiation, spec status codes,
/// API keys, size limit, execution timeout, and cancellation when the client goes away.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    private static readonly QueriesOnlyOverGetRule QueriesOnlyOverGet = new();

    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept.ToString());
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

        var (request, rejection) = await services.GetRequiredService<GraphQLRequestReader>().ReadAsync(http.Request, http.RequestAborted);
        if (rejection is not null)
        {
            await RejectAsync(http, serializer, mediaType, rejection);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var key = services.GetRequiredService<ApiKeyAuthenticator>().MatchingKey(http.Request.Headers.Authorization.ToString());
        var limits = services.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value;
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
            options.CancellationToken = http.RequestAborted;
            options.Timeout = limits.ExecutionTimeout;
            options.TimeoutAction = global::GraphQL.Execution.TimeoutAction.ReturnTimeoutError;
            if (isGet)
                options.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(QueriesOnlyOverGet);
        });

        await WriteAsync(http, serializer, mediaType, result, GraphQLHttpStatus.For(result, mediaType));
    }

    private static Task RejectAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, RequestRejection rejection) =>
        WriteAsync(http, serializer, mediaType, new ExecutionResult { Errors = [new GraphError(rejection.Code, rejection.Message)] }, rejection.StatusCode);

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, ExecutionResult result, int statusCode)
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
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
