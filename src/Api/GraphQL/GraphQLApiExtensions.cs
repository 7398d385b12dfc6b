using GraphQL;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Analytics;
using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Http;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.GraphQL.Security;
using KnowledgeGraph.Api.GraphQL.Throttling;
using KnowledgeGraph.Api.Hosting.Telemetry;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage.Caching;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Registers the GraphQL API (schema, limits, keys, rate limit, document cache) and maps <c>/graphql</c>.</summary>
internal static class GraphQLApiExtensions
{
    public const string Path = "/graphql";
    public const string SchemaPath = "/graphql/schema.graphql";

    public static WebApplicationBuilder AddGraphQLApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<GraphQLLimitsOptions>().BindConfiguration(GraphQLLimitsOptions.Section)
            .Validate(l => l.MaxTokens > 0 && l.MaxFields > 0 && l.MaxAliases >= 0 && l.MaxFragments >= 0 && l.MaxParserDepth > 0 && l.MaxDepth > 0
                && l.MaxCost > 0 && l.AssumedListSize > 0 && l.MaxPageSize > 0 && l.MaxPageOffset > 0 && l.MaxNetworkNodes > 0 && l.MaxHops > 0 && l.MaxNetworkDepth > 0 && l.MaxPaths > 0
                && l.MaxRequestBytes > 0 && l.ExecutionTimeout > TimeSpan.Zero && l.DocumentCacheSize > 0 && l.LoggedQueryLength >= 0,
                "every GraphQL:Limits value must be positive (MaxAliases, MaxFragments and LoggedQueryLength may be 0)")
            .ValidateOnStart();
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section);
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<EngineErrors>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<DocumentGate>();
        services.AddScoped<EntityLoader>();
        services.AddScoped<DocumentLoader>();
        // The analysts' questions read through the record cache, as resolvers do.
        services.AddScoped(s => new AgreementsInvolving(s.GetRequiredService<CachedGraphStore>()));
        services.AddScoped(s => new PartnerFinder(s.GetRequiredService<CachedGraphStore>()));
        services.AddScoped(s => new PartnerNetworkBuilder(s.GetRequiredService<CachedGraphStore>(), s.GetRequiredService<HeavyComputations>()));
        services.AddScoped(s => new Timeline(s.GetRequiredService<CachedGraphStore>()));
        services.AddScoped(s => new EventListing(s.GetRequiredService<CachedGraphStore>()));
        foreach (var type in typeof(GraphQLApiExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type))
                services.AddSingleton(typeof(IQueryFields), type);
            if (typeof(IMutationFields).IsAssignableFrom(type))
                services.AddSingleton(typeof(IMutationFields), type);
        }

        services.AddGraphQL(graphql => graphql
            .AddSchema<KnowledgeGraphSchema>()
            .AddGraphTypes(typeof(GraphQLApiExtensions).Assembly)
            // Vietnamese names and quotes stay readable in responses instead of \uXXXX escapes.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<GraphErrorInfoProvider>()
            // Both rules depend on the request, not the text, so they run on cached documents too.
            .AddValidationRule<ApiKeyRule>(useForCachedDocuments: true)
            .AddValidationRule<QueriesOnlyOverGetRule>(useForCachedDocuments: true)
            .UseMiddleware<ArgumentLimitsMiddleware>()
            .UseMiddleware<HeavyFieldsInTurn>()
            .UseMiddleware<RootFieldTracing>()
            .UseTelemetry()
            .AddDocumentListener<RateLimitListener>()
            .ConfigureExecution<RecordReadScopeExtension>()
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentCache>())
            .ConfigureExecution(provider => provider.GetRequiredService<DocumentGate>())
            .ConfigureExecution<AnsweredVersionExtension>()
            .AddUnhandledExceptionHandler(context =>
            {
                var services = context.ExecutionOptions.RequestServices;
                if (services?.GetService<EngineErrors>()?.For(context.OriginalException) is { } refusal)
                {
                    context.Exception = refusal;
                    return;
                }

                var logger = services?.GetService<ILoggerFactory>()?.CreateLogger("KnowledgeGraph.Api.GraphQL");
                logger?.LogError(context.OriginalException, "Unhandled error resolving {Path}", context.FieldContext?.Path is { } path ? string.Join('.', path) : "(document)");
            }));
        return builder;
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        app.Map(Path, (HttpContext http, GraphQLHttpEndpoint endpoint) => endpoint.HandleAsync(http));
        app.MapGet(SchemaPath, (KnowledgeGraphSchema schema) => Results.Text(schema.Print(new global::GraphQL.Utilities.PrintOptions { StringComparison = StringComparison.Ordinal }), "text/plain; charset=utf-8"));
        return app;
    }
}
