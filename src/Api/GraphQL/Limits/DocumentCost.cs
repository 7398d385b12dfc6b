using System.Globalization;

using GraphQL;
using GraphQL.Types;

using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Measures a parsed document in time linear in its text: every fragment is costed once per list-size context and
/// reused at each spread, so a fragment spreading another twice, thirty levels down, costs thirty steps to measure
/// (and 2^30 to execute, which the estimate then reports). Every operation in the document is measured; the costliest
/// counts, since validation looks at all of them.
/// </summary>
internal sealed class DocumentCost
{
    private static readonly string[] PageArguments = ["first", "top", "k"];

    private readonly ISchema schema;
    private readonly global::GraphQL.Inputs variables;
    private readonly GraphQLLimitsOptions limits;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Fragment, Scope Scope), (double Cost, int Depth)> measured = [];
    private readonly HashSet<(string Fragment, Scope Scope)> inProgress = [];
    private int fields;
    private int aliases;

    private DocumentCost(ISchema schema, global::GraphQL.Inputs variables, GraphQLLimitsOptions limits)
    {
        this.schema = schema;
        this.variables = variables;
        this.limits = limits;
    }

    public static DocumentMeasurement Measure(GraphQLDocument document, ISchema schema, global::GraphQL.Inputs? variables, GraphQLLimitsOptions limits)
    {
        var cost = new DocumentCost(schema, variables ?? global::GraphQL.Inputs.Empty, limits);
        return cost.Measure(document);
    }

    private DocumentMeasurement Measure(GraphQLDocument document)
    {
        var operations = new List<GraphQLOperationDefinition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    Count(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
                    Count(fragment.SelectionSet);
                    break;
            }
        }

        // Counts first: a document over the field or alias cap is refused without costing it.
        if (fields > limits.MaxFields || aliases > limits.MaxAliases || fragments.Count > limits.MaxFragments)
            return new DocumentMeasurement(fields, aliases, fragments.Count, 0, 0);

        double cost = 0;
        var depth = 0;
        var root = new Scope(Hops: 0, Depth: 0, Page: limits.AssumedListSize);
        foreach (var operation in operations)
        {
            var (operationCost, operationDepth) = Selections(operation.SelectionSet, RootOf(operation.Operation), root);
            cost = Math.Max(cost, operationCost);
            depth = Math.Max(depth, operationDepth);
        }

        return new DocumentMeasurement(fields, aliases, fragments.Count, cost, depth);
    }

    private void Count(GraphQLSelectionSet? set)
    {
        if (set is null)
            return;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    fields++;
                    if (field.Alias is not null)
                        aliases++;
                    Count(field.SelectionSet);
                    break;
                case GraphQLInlineFragment inline:
                    Count(inline.SelectionSet);
                    break;
            }
        }
    }

    private (double Cost, int Depth) Selections(GraphQLSelectionSet? set, IGraphType? parent, Scope scope)
    {
        if (set is null)
            return (0, 0);
        double cost = 0;
        var depth = 0;
        foreach (var selection in set.Selections)
        {
            var (selectionCost, selectionDepth) = selection switch
            {
                GraphQLField field => Field(field, parent, scope),
                GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue, scope),
                GraphQLInlineFragment inline => Selections(inline.SelectionSet, inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name.StringValue) : parent, scope),
                _ => (0d, 0),
            };
            cost += selectionCost;
            depth = Math.Max(depth, selectionDepth);
        }

        return (cost, depth);
    }

    private (double Cost, int Depth) Spread(string name, Scope scope)
    {
        var key = (name, scope);
        if (measured.TryGetValue(key, out var known))
            return known;

        // A cycle is the validator's to report (NoFragmentCycles); costing it stops here.
        if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add(key))
            return (0, 0);
        var result = Selections(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue), scope);
        inProgress.Remove(key);
        measured[key] = result;
        return result;
    }

    private (double Cost, int Depth) Field(GraphQLField node, IGraphType? parent, Scope scope)
    {
        var definition = FieldOf(parent, node.Name.StringValue);
        if (definition?.ResolvedType is not { } type)
            return (1, 1);

        var page = FirstArgument(node, definition, PageArguments);
        var inner = scope;
        if (Argument(node, definition, "maxHops") is { } hops)
            inner = inner with { Hops = hops };
        if (Argument(node, definition, "depth") is { } depth)
            inner = inner with { Depth = depth };

        var unwrapped = type is NonNullGraphType nonNull ? nonNull.ResolvedType : type;
        double size = 1;
        if (unwrapped is ListGraphType)
            size = page ?? SizeOf(FieldCost.SizingOf(definition), scope);
        else if (page is { } pageSize)
            inner = inner with { Page = pageSize };

        var (childCost, childDepth) = Selections(node.SelectionSet, type.GetNamedType(), inner);
        var weight = FieldCost.WeightOf(definition) * (FieldCost.WeighsPerItem(definition) ? size : 1);
        return (1 + weight + (size * childCost), 1 + childDepth);
    }

    private double SizeOf(ListSizing sizing, Scope scope) => sizing switch
    {
        ListSizing.PathHops => scope.Hops + 1,
        ListSizing.NetworkDepth => Math.Pow(limits.AssumedListSize, Math.Max(1, scope.Depth)),
        ListSizing.Page => scope.Page,
        _ => limits.AssumedListSize,
    };

    private FieldType? FieldOf(IGraphType? parent, string name)
    {
        if (name == schema.TypeNameMetaFieldType.Name)
            return schema.TypeNameMetaFieldType;
        if (ReferenceEquals(parent, schema.Query))
        {
            if (name == schema.SchemaMetaFieldType.Name)
                return schema.SchemaMetaFieldType;
            if (name == schema.TypeMetaFieldType.Name)
                return schema.TypeMetaFieldType;
        }

        return (parent as IComplexGraphType)?.GetField(name);
    }

    private IGraphType? TypeNamed(string name) => schema.AllTypes[name];

    private IGraphType? RootOf(OperationType operation) => operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };

    private int? FirstArgument(GraphQLField node, FieldType definition, string[] names)
    {
        foreach (var name in names)
        {
            if (Argument(node, definition, name) is { } value)
                return value;
        }

        return null;
    }

    /// <summary>An integer argument as written, from a variable, or the field's default; clamped so the estimate never overflows.</summary>
    private int? Argument(GraphQLField node, FieldType definition, string name)
    {
        if (definition.Arguments?.Find(name) is not { } argument)
            return null;
        object? value = argument.DefaultValue;
        if (node.Arguments is { } written)
        {
            foreach (var candidate in written)
            {
                if (candidate.Name.StringValue != name)
                    continue;
                value = candidate.Value switch
                {
                    GraphQLIntValue literal => int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null,
                    GraphQLVariable variable => variables.TryGetValue(variable.Name.StringValue, out var given) ? given : argument.DefaultValue,
                    _ => argument.DefaultValue,
                };
            }
        }

        return value switch
        {
            null => null,
            IConvertible convertible when TryConvert(convertible, out var number) => (int)Math.Clamp(number, 1, 1_000_000),
            _ => null,
        };
    }

    private static bool TryConvert(IConvertible value, out double number)
    {
        try
        {
            number = value.ToDouble(CultureInfo.InvariantCulture);
            return !double.IsNaN(number);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            number = 0;
            return false;
        }
    }

    /// <summary>What sizes the lists below a field: the path length, network depth and page size in force there.</summary>
    private readonly record struct Scope(int Hops, int Depth, int Page);
}
