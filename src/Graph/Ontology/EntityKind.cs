namespace KnowledgeGraph.Ontology;

/// <summary>Kinds of entity. Their id pattern, label and description live in <see cref="GraphOntology"/>.</summary>
public enum EntityKind
{
#pragma warning disable CS1591 // Each member is described once, in GraphOntology's table; not restated here.
    Country,
    Organization,
    Ministry,
    Person,
    IloConvention,
    TradeAgreement,
    Agreement,
    Event,
    LegalInstrument,
#pragma warning restore CS1591
}
