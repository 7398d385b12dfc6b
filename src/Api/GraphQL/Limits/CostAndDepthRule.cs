using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

using GraphQLParser.AST;

using KnowledgeGraph.Api.GraphQL.Errors;

using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Rejects operations nested deeper than <see cref="GraphQLLimitsOptions.MaxDepth"/> or costlier than
/// <see cref="GraphQLLimitsOptions.MaxCost"/>, each with its own code. Introspection (what the playground sends on
/// load) is exempt: its depth is fixed by the spec, not by the client.
/// </summary>
internal sealed class CostAndDepthRule(IOptions<GraphQLLimitsOptions> limits)
    : ComplexityValidationRule(new ComplexityOptions { MaxDepth = limits.Value.MaxDepth, MaxComplexity = limits.Value.MaxCost })
{
    private readonly GraphQLLimitsOptions limits = limits.Value;

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (IsIntrospectionOnly(context.Operation))
            return default;
        if (maxDepth > limits.MaxDepth)
            context.ReportError(new ValidationError($"The operation is nested {maxDepth} levels deep; the limit is {limits.MaxDepth}.") { Code = ErrorCodes.DepthLimit });
        if (totalComplexity > limits.MaxCost)
            context.ReportError(new ValidationError($"The operation's estimated cost is {totalComplexity:0}; the limit is {limits.MaxCost:0}. Ask for smaller pages or fewer nested lists.") { Code = ErrorCodes.CostLimit });
        return default;
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.Value.Span.StartsWith("__"));
}
