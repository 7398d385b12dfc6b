using GraphQL.Types;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Entities;

/// <summary>The <c>EntityKind</c> enum, generated from the ontology table so that it can never drift from it.</summary>
internal sealed class EntityKindGraphType : EnumerationGraphType
{
    public EntityKindGraphType()
    {
        Name = "EntityKind";
        Description = "Kinds of entity, from the ontology table.";
        foreach (var definition in GraphOntology.Kinds)
            Add(definition.Name, definition.Kind, $"{definition.Description}. Id example: {definition.IdExample}");
    }
}
