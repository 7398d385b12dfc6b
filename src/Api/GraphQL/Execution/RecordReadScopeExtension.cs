using GraphQL;
using GraphQL.DI;

using KnowledgeGraph.Storage.Caching;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>Opens each request's <see cref="RecordReadScope"/>: its records come from one store version, checked once.</summary>
internal sealed class RecordReadScopeExtension : IConfigureExecution
{
    public float SortOrder => 100;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        RecordReadScope.Begin();
        return next(options);
    }
}
