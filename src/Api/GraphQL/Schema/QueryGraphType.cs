using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>The root <c>Query</c> type, assembled from every <see cref="IQueryFields"/>.</summary>
internal sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IQueryFields> features)
    {
        Name = "Query";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
