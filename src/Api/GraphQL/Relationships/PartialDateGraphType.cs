using GraphQL.Types;

using GraphQLParser.AST;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>The <c>PartialDate</c> scalar: <c>"2023"</c>, <c>"2023-06"</c> or <c>"2023-06-15"</c>, the interval of days it covers.</summary>
internal sealed class PartialDateGraphType : ScalarGraphType
{
    public PartialDateGraphType()
    {
        Name = "PartialDate";
        Description = "A date known to the year, month or day: \"2023\", \"2023-06\" or \"2023-06-15\"; it stands for every day it covers.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => PartialDate.Parse((string)text.Value),
        GraphQLIntValue year => PartialDate.Parse((string)year.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        PartialDate date => date,
        string text => PartialDate.Parse(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate date => date.ToString(),
        _ => ThrowSerializationError(value),
    };
}
