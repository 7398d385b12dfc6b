using GraphQL;

namespace KnowledgeGraph.Api.GraphQL.Errors;

/// <summary>An error we raise on purpose: its message is for the client and its code is one of <see cref="ErrorCodes"/>.</summary>
internal class GraphError : ExecutionError
{
    public GraphError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
