using GraphQL.Types;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>Which relationships of an entity to follow; undirected types match every direction.</summary>
internal sealed class DirectionGraphType : EnumerationGraphType
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Add("OUTGOING", Direction.Outgoing, "Relationships from this entity");
        Add("INCOMING", Direction.Incoming, "Relationships to this entity");
        Add("BOTH", Direction.Both, "Relationships in either direction");
    }
}
