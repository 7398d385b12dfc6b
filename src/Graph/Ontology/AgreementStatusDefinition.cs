namespace KnowledgeGraph.Ontology;

/// <summary>
/// One row of the lifecycle table: the external name (GraphQL enum value, the <c>status</c> property), the property that
/// holds the date the step is known at (null: the entity's own date, which for an agreement is its signature) and what it means.
/// </summary>
public sealed record AgreementStatusDefinition(AgreementStatus Status, string Name, string? DateProperty, string Description);
