namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>Nothing has the id a query or mutation named (NOT_FOUND); <c>extensions.id</c> repeats the id.</summary>
internal sealed class NotFoundError(string message, string id) : GraphError(ErrorCodes.NotFound, message)
{
    public string Id { get; } = id;
}
