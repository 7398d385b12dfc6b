using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>The root <c>Mutation</c> type, assembled from every <see cref="IMutationFields"/>.</summary>
internal sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(IEnumerable<IMutationFields> features)
    {
        Name = "Mutation";
        foreach (var feature in features)
            feature.AddTo(this);
    }
}
