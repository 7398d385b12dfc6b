using GraphQL;
using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Limits;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>
/// A page of a list in the connection style of GitHub's and Relay's APIs (<c>EntityConnection</c>...):
/// <c>nodes</c> or <c>edges { cursor node }</c>, <c>pageInfo</c> and <c>totalCount</c>.
/// </summary>
internal sealed class ConnectionGraphType<TNodeGraphType, T> : ObjectGraphType<Page<T>>
    where TNodeGraphType : IGraphType
{
    public ConnectionGraphType()
    {
        Name = $"{typeof(TNodeGraphType).GraphQLName()}Connection";
        Field<IntGraphType>("totalCount").Description("Items in the whole list; null when not counted").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => InfoOf(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeGraphType, T>>>>>("edges")
            .SizedBy(ListSizing.Page)
            .Resolve(c => c.Source.Items.Select((item, i) => new Edge<T>(Cursor.At(c.Source.Offset + i), item)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeGraphType>>>>("nodes")
            .SizedBy(ListSizing.Page)
            .Resolve(c => c.Source.Items);
    }

    private static PageInfo InfoOf(Page<T> page) => new(
        page.HasNextPage,
        page.HasPreviousPage,
        page.Items.Count == 0 ? null : Cursor.At(page.Offset),
        page.Items.Count == 0 ? null : Cursor.At(page.Offset + page.Items.Count - 1));
}
