using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using KnowledgeGraph.Analytics;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>
/// Says in <c>extensions.projectionVersion</c> which store version the request's paths, rankings and networks were
/// computed on: after a write they may come from the previous snapshot while the next one is built.
/// </summary>
internal sealed class AnsweredVersionExtension : IConfigureExecution
{
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var scope = AnsweredVersion.Begin();
        var result = await next(options);
        if (scope.Version is { } version)
            (result.Extensions ??= [])["projectionVersion"] = version;
        return result;
    }
}
