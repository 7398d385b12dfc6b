using GraphQL;
using GraphQL.Builders;
using GraphQL.Execution;
using GraphQL.Types;

using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Throttling;

/// <summary>
/// Root query fields marked heavy where they are defined (<see cref="Heavy{TSource, TReturn}"/>): the ones that can run a
/// whole-graph or fan-out computation, and so count against a client's rate limit and take turns within a request.
/// </summary>
internal static class HeavyFields
{
    private const string MetadataKey = "knowledgeGraph.heavy";

    public static FieldBuilder<TSource, TReturn> Heavy<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.Heavy();
        return field;
    }

    /// <summary>The same for a field defined as a <see cref="FieldType"/> (paged lists).</summary>
    public static FieldType Heavy(this FieldType field)
    {
        field.Metadata[MetadataKey] = true;
        return field;
    }

    public static bool IsHeavy(FieldType? field) => field?.GetMetadata(MetadataKey, false) == true;

    /// <summary>True when the operation selects a heavy root field, directly or through fragments (each fragment read once).</summary>
    public static bool AreSelectedBy(IExecutionContext context) =>
        context.Schema.Query is { } root && Selects(context.Document, root, context.Operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal));

    private static bool Selects(GraphQLDocument document, IObjectGraphType root, GraphQLSelectionSet selectionSet, HashSet<string> fragmentsRead)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var heavy = selection switch
            {
                GraphQLField field => IsHeavy(root.GetField(field.Name.Value)),
                GraphQLInlineFragment inline => Selects(document, root, inline.SelectionSet, fragmentsRead),
                GraphQLFragmentSpread spread => fragmentsRead.Add(spread.FragmentName.Name.StringValue)
                    && document.FindFragmentDefinition(spread.FragmentName.Name.Value) is { } fragment
                    && Selects(document, root, fragment.SelectionSet, fragmentsRead),
                _ => false,
            };
            if (heavy)
                return true;
        }

        return false;
    }
}
