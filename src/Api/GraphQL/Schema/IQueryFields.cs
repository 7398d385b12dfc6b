using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

/// <summary>
/// A feature's root query fields. Every implementation in this assembly is found and added to <c>Query</c>,
/// so a new feature adds a class instead of editing a shared one.
/// </summary>
internal interface IQueryFields
{
    void AddTo(ObjectGraphType query);
}
