using GraphQL.Types;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>The <c>RelationshipType</c> enum, generated from the ontology table (allowed endpoints in each description).</summary>
internal sealed class RelationshipTypeGraphType : EnumerationGraphType
{
    public RelationshipTypeGraphType()
    {
        Name = "RelationshipType";
        Description = "Types of relationship, from the ontology table.";
        foreach (var rule in GraphOntology.Relationships)
        {
            var ends = $"{string.Join("|", rule.From.Select(k => k.Name()).Order(StringComparer.Ordinal))} -> {string.Join("|", rule.To.Select(k => k.Name()).Order(StringComparer.Ordinal))}";
            Add(rule.Name, rule.Type, $"{rule.Description} ({ends}{(rule.Directed ? "" : ", undirected")})");
        }
    }
}
