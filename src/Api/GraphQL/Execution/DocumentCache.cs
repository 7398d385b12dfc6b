using GraphQL;
using GraphQL.DI;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Limits;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed documents by query text so the playground's and clients' repeated operations skip parsing.
/// Validation still runs on every request: limits and the API-key rule depend on the request, not only the text.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLLimitsOptions> limits) : IConfigureExecution, IDisposable
{
    private readonly MemoryCache documents = new(new MemoryCacheOptions { SizeLimit = limits.Value.DocumentCacheSize });

    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
            return await next(options);
        if (documents.TryGetValue(query, out GraphQLDocument? cached))
        {
            options.Document = cached;
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is not null)
            documents.Set(query, result.Document, new MemoryCacheEntryOptions { Size = 1 });
        return result;
    }

    /// <summary>True when <paramref name="query"/> is cached; lets tests observe the cache without timing.</summary>
    public bool Contains(string query) => documents.TryGetValue(query, out _);

    public void Dispose() => documents.Dispose();
}
