using System.Diagnostics;
using GraphQL;
using GraphQL.Instrumentation;
using KnowledgeGraph.Telemetry;

namespace KnowledgeGraph.Api.Hosting.Telemetry;

/// <summary>
/// A span per root field resolved (<c>graphql.resolve partnerNetwork</c>): the level where analytics and store reads
/// start, beneath graphql-dotnet's own operation span. Deeper fields add none, so a thousand-item answer does not
/// become a thousand spans. Costs one check per field when nobody listens.
/// </summary>
internal sealed class RootFieldTracing : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next) =>
        GraphTelemetry.Traces.HasListeners() && context.Parent is null ? TracedAsync(context, next) : next(context);

    private static async ValueTask<object?> TracedAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        using var activity = GraphTelemetry.Traces.StartActivity($"graphql.resolve {context.FieldDefinition.Name}");
        activity?.SetTag("graphql.field.name", context.FieldDefinition.Name);
        activity?.SetTag("graphql.field.path", string.Join('.', context.Path));
        try
        {
            var result = await next(context);
            if (context.Errors.Count > 0)
                activity?.SetStatus(ActivityStatusCode.Error);
            return result;
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }
}
