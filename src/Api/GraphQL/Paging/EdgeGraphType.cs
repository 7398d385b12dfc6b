using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>The edge type of a connection (<c>EntityEdge</c>...): the item and the cursor to page after it.</summary>
internal sealed class EdgeGraphType<TNodeGraphType, T> : ObjectGraphType<Edge<T>>
    where TNodeGraphType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(TNodeGraphType).GraphQLName()}Edge";
        Field(e => e.Cursor);
        Field<NonNullGraphType<TNodeGraphType>>("node").Resolve(c => c.Source.Node);
    }
}
