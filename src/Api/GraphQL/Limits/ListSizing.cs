namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>How the cost estimate sizes a list field that has no page size argument of its own.</summary>
internal enum ListSizing
{
    /// <summary><see cref="GraphQLLimitsOptions.AssumedListSize"/> items.</summary>
    Assumed,

    /// <summary>The steps of a path: the enclosing field's <c>maxHops</c> + 1.</summary>
    PathHops,

    /// <summary>The members of a network: the assumed size to the power of the enclosing field's <c>depth</c>.</summary>
    NetworkDepth,

    /// <summary>The items of a page: the enclosing field's <c>first</c>.</summary>
    Page,
}
