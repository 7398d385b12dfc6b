using GraphQL.Types;

using KnowledgeGraph.Analytics;
using KnowledgeGraph.Api.GraphQL.Entities;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Analytics;

/// <summary>A group of entities: its rank by size, its size, and its members (only the page asked for is read from the store).</summary>
internal sealed class CommunityGraphType : ObjectGraphType<Community>
{
    public CommunityGraphType()
    {
        Name = "Community";
        Field<NonNullGraphType<IntGraphType>>("rank")
            .Description("1 for the largest group; equal sizes ordered by their first member's id. Stable for a store version and window, so views can colour by it")
            .Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<IntGraphType>>("size").Description("Entities in the whole group, also when among lists only some of them").Resolve(c => c.Source.Size);
        this.AddPagedList<EntityGraphType, string, Entity>("members",
            "The group's entities by id (with among: only those of them asked for)",
            () => [],
            c => Task.FromResult(((Community)c.Source!).MemberIds),
            LoadAsync);
    }

    /// <summary>One store read for the page; an entity deleted since the projection was built is left out.</summary>
    private static async Task<IReadOnlyList<Entity>> LoadAsync(global::GraphQL.IResolveFieldContext context, IReadOnlyList<string> ids)
    {
        var loader = context.Entities();
        await loader.PrimeAsync(ids, context.CancellationToken);
        var entities = new List<Entity>(ids.Count);
        foreach (var id in ids)
        {
            if (await loader.LoadAsync(id, context.CancellationToken) is { } entity)
                entities.Add(entity);
        }

        return entities;
    }
}
