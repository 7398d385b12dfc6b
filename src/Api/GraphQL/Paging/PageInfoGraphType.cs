using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>The <c>PageInfo</c> type of a connection, as in the Relay connection specification.</summary>
internal sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage).Description("More items follow; ask again with after: endCursor");
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true).Description("Pass as after to get the next page");
    }
}
