using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>A free-form property (title, role, areas, amount, inForce...).</summary>
internal sealed class PropertyInputGraphType : InputObjectGraphType<PropertyInput>
{
    public PropertyInputGraphType()
    {
        Name = "PropertyInput";
        Field(p => p.Key);
        Field(p => p.Value);
    }
}
