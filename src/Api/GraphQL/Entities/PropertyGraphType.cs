using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>A free-form property (title, role, areas, amount, inForce...).</summary>
internal sealed class PropertyGraphType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
