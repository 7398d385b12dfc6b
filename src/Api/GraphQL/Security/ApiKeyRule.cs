using GraphQL.Validation;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Errors;
using KnowledgeGraph.Api.GraphQL.Execution;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>Mutations need a valid API key; queries too when <see cref="ApiKeyOptions.RequireKeyForReads"/> is set. Nothing runs otherwise.</summary>
internal sealed class ApiKeyRule(IOptions<ApiKeyOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var needsKey = context.Operation.Operation == OperationType.Mutation || options.Value.RequireKeyForReads;
        if (needsKey && context.UserContext is not GraphUserContext { IsAuthenticated: true })
        {
            context.ReportError(new RefusedOperationError(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated,
                $"{(context.Operation.Operation == OperationType.Mutation ? "Writes" : "Reads")} need an API key: send 'Authorization: Bearer <key>'."));
        }

        return default;
    }
}
