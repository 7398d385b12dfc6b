using GraphQL;
using GraphQL.DI;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Limits;

using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Keeps parsed and validated documents by query text, so the playground's and clients' repeated operations skip parsing
/// and the core validation rules. On a hit only the rules registered with <c>useForCachedDocuments: true</c> run (the
/// API-key and GET-only rules, which depend on the request rather than the text), as graphql-dotnet's own
/// <c>MemoryDocumentCache</c> does; that type ships in GraphQL.MemoryCache, a package not served here. Limits are checked
/// on every request by <see cref="DocumentGate"/>, since cost depends on the variables.
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
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
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
