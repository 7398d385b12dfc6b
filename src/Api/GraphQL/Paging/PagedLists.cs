using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>
/// Adds a list that can grow with the graph twice: as the plain list field clients already use (its first
/// <c>first</c> items, default <see cref="DefaultPageSize"/>; a longer list says so with a RESULT_TRUNCATED error
/// beside the data), and as <c>…Connection</c> with <c>first</c>/<c>after</c> cursors, <c>pageInfo</c> and
/// <c>totalCount</c>. Both take the same arguments and read the same list.
/// </summary>
internal static class PagedLists
{
    /// <summary>Items per page when the client does not say.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>A whole list, computed in memory, paged by slicing; returns the two fields so the caller can mark them (cost, heavy).</summary>
    public static (FieldType List, FieldType Connection) AddPagedList<TNodeGraphType, T>(this IComplexGraphType type, string name, string description,
        Func<QueryArgument[]> arguments, Func<IResolveFieldContext, Task<IReadOnlyList<T>>> load, int defaultFirst = DefaultPageSize)
        where TNodeGraphType : IGraphType =>
        type.AddPagedList<TNodeGraphType, T, T>(name, description, arguments, load, (_, items) => Task.FromResult(items), defaultFirst);

    /// <summary>
    /// A whole list of keys (ids) computed in memory, paged by slicing, with only the page's keys turned into items
    /// (<paramref name="materialise"/>, e.g. one store read for the page's entities).
    /// </summary>
    public static (FieldType List, FieldType Connection) AddPagedList<TNodeGraphType, TKey, T>(this IComplexGraphType type, string name, string description,
        Func<QueryArgument[]> arguments, Func<IResolveFieldContext, Task<IReadOnlyList<TKey>>> load,
        Func<IResolveFieldContext, IReadOnlyList<TKey>, Task<IReadOnlyList<T>>> materialise, int defaultFirst = DefaultPageSize)
        where TNodeGraphType : IGraphType
    {
        var list = type.AddField(new FieldType
        {
            Name = name,
            Description = $"{description}. The first `first` items; when there are more, a RESULT_TRUNCATED error says how many (page through {name}Connection)",
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>),
            Arguments = new QueryArguments([.. arguments(), First(defaultFirst)]),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var all = await load(c);
                var first = c.GetArgument("first", defaultFirst);
                if (all.Count <= first)
                    return await materialise(c, all);
                c.Errors.Add(new GraphError(ErrorCodes.ResultTruncated,
                    $"{name} has {all.Count} items; the first {first} are returned. Ask for more with first (up to the page size limit) or page through {name}Connection.")
                    { Path = c.Path });
                return await materialise(c, Page<TKey>.Of(all, 0, first).Items);
            }),
        });
        var connection = type.AddField(new FieldType
        {
            Name = $"{name}Connection",
            Description = $"{description}, one page at a time",
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType, T>>),
            Arguments = new QueryArguments([.. arguments(), First(defaultFirst), After()]),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var offset = OffsetOf(c);
                var page = Page<TKey>.Of(await load(c), offset, c.GetArgument("first", defaultFirst));
                return new Page<T>(await materialise(c, page.Items), page.Offset, page.TotalCount, page.HasNextPage);
            }),
        });
        return (list, connection);
    }

    /// <summary>A ranked list the store cuts short (search): it is asked for one item past the page, and not counted.</summary>
    public static void AddRankedList<TNodeGraphType, T>(this IComplexGraphType type, string name, string description, int defaultFirst,
        Func<QueryArgument[]> arguments, Func<IResolveFieldContext, int, Task<IReadOnlyList<T>>> load)
        where TNodeGraphType : IGraphType
    {
        type.AddField(new FieldType
        {
            Name = name,
            Description = $"{description}; the best `first`",
            Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>),
            Arguments = new QueryArguments([.. arguments(), First(defaultFirst)]),
            Resolver = new FuncFieldResolver<object>(async c => await load(c, c.GetArgument("first", defaultFirst))),
        });
        type.AddField(new FieldType
        {
            Name = $"{name}Connection",
            Description = $"{description}, one page at a time (totalCount is null: matches are not counted)",
            Type = typeof(NonNullGraphType<ConnectionGraphType<TNodeGraphType, T>>),
            Arguments = new QueryArguments([.. arguments(), First(defaultFirst), After()]),
            Resolver = new FuncFieldResolver<object>(async c =>
            {
                var offset = OffsetOf(c);
                var first = c.GetArgument("first", defaultFirst);
                var found = await load(c, offset + first + 1);
                var page = Page<T>.Of(found, offset, first);
                return page with { TotalCount = null };
            }),
        });
    }

    public static QueryArgument Argument<TGraphType>(string name, object? defaultValue = null, string? description = null)
        where TGraphType : IGraphType =>
        new QueryArgument<TGraphType> { Name = name, DefaultValue = defaultValue, Description = description };

    private static QueryArgument First(int defaultValue) =>
        Argument<IntGraphType>("first", defaultValue, "Items per page (at most the page size limit)");

    private static QueryArgument After() =>
        Argument<StringGraphType>("after", description: "Start after the item with this cursor (an edge's cursor or pageInfo.endCursor)");

    /// <summary>Where a page starts: just after its <c>after</c> cursor, within the configured depth.</summary>
    private static int OffsetOf(IResolveFieldContext context)
    {
        if (context.GetArgument<string?>("after") is not { } after)
            return 0;
        if (!Cursor.TryRead(after, out var position))
            throw new InputValidationError("after", $"'{after}' is not a cursor of this API; use an edge's cursor or pageInfo.endCursor");
        var maxOffset = context.Service<IOptions<GraphQLLimitsOptions>>().Value.MaxPageOffset;
        if (position + 1 > maxOffset)
            throw new InputValidationError("after", $"pages may start at most {maxOffset} items into a list; narrow the question instead");
        return position + 1;
    }
}
