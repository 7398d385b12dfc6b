using GraphQL;

using KnowledgeGraph.Api.GraphQL.Documents;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Caching;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>What resolvers need from the request: its services, the store and the since/until window.</summary>
internal static class ResolveFieldContextExtensions
{
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services")).GetRequiredService<T>();

    /// <summary>The store as answers read it: records from memory for the store's version (<see cref="CachedGraphStore"/>).</summary>
    public static IGraphStore Store(this IResolveFieldContext context) => context.Service<CachedGraphStore>();

    public static EntityLoader Entities(this IResolveFieldContext context) => context.Service<EntityLoader>();

    public static DocumentLoader Documents(this IResolveFieldContext context) => context.Service<DocumentLoader>();

    /// <summary>
    /// The window of the <c>since</c>/<c>until</c> arguments, read as the <c>evidence</c> argument says (supported by default);
    /// an end before the start is a validation error.
    /// </summary>
    public static DateWindow Window(this IResolveFieldContext context)
    {
        var since = context.GetArgument<PartialDate?>("since");
        var until = context.GetArgument<PartialDate?>("until");
        if (since is { } start && until is { } end && end.End < start.Start)
            throw new InputValidationError("until", $"until ({end}) is before since ({start})");
        return DateWindow.Between(since, until) with { Evidence = context.GetArgument("evidence", QueryDefaults.Evidence) };
    }
}
