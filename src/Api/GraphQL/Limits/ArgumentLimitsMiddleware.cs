using GraphQL;
using GraphQL.Instrumentation;

using KnowledgeGraph.Api.GraphQL.Errors;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Checks size arguments on every field, wherever they appear (present and future fields alike): <c>first</c> and
/// <c>top</c> (page size), <c>maxNodes</c> (network size), <c>maxHops</c>, <c>depth</c> and <c>k</c>. Zero or negative is a validation error.
/// </summary>
internal sealed class ArgumentLimitsMiddleware(IOptions<GraphQLLimitsOptions> options) : IFieldMiddleware
{
    private readonly (string Argument, int Max, string Code)[] limits =
    [
        ("first", options.Value.MaxPageSize, ErrorCodes.PageSizeLimit),
        ("top", options.Value.MaxPageSize, ErrorCodes.PageSizeLimit),
        ("maxNodes", options.Value.MaxNetworkNodes, ErrorCodes.PageSizeLimit),
        ("maxHops", options.Value.MaxHops, ErrorCodes.HopsLimit),
        ("depth", options.Value.MaxNetworkDepth, ErrorCodes.NetworkDepthLimit),
        ("k", options.Value.MaxPaths, ErrorCodes.PathCountLimit),
    ];

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.Arguments is { Count: > 0 } arguments)
        {
            foreach (var (argument, max, code) in limits)
            {
                if (!arguments.TryGetValue(argument, out var value) || value.Value is not int requested)
                    continue;
                if (requested < 1)
                    throw new InputValidationError(argument, $"{argument} must be at least 1 (got {requested})");
                if (requested > max)
                    throw new LimitExceededError(code, argument, $"{argument} is {requested}; the limit is {max}");
            }
        }

        return next(context);
    }
}
