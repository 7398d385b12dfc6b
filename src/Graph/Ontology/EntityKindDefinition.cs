using System.Text.RegularExpressions;

namespace KnowledgeGraph.Ontology;

/// <summary>One row of the kinds table: the external name (GraphQL enum value, JSON), the Neo4j label and the id rule.</summary>
public sealed record EntityKindDefinition(EntityKind Kind, string Name, string Label, string IdPrefix, Regex IdPattern, string IdExample, string Description);
