using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>A feature's root mutation fields; found like <see cref="IQueryFields"/>.</summary>
internal interface IMutationFields
{
    void AddTo(ObjectGraphType mutation);
}
