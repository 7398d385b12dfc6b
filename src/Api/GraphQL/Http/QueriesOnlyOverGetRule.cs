using GraphQL.Validation;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>GET must be safe, so a mutation sent with GET is refused (HTTP 405), as the GraphQL-over-HTTP spec requires.</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query && context.UserContext is GraphUserContext { IsHttpGet: true })
            context.ReportError(new RefusedOperationError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "Only queries may be sent with GET; use POST for mutations."));
        return default;
    }
}
