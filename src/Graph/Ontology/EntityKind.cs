namespace KnowledgeGraph.Ontology;

/// <summary>Kinds of entity. Their id pattern, label and description live in <see cref="GraphOntology"/>.</summary>
public enum EntityKind
{
    Country,
    Organization,
    Ministry,
    Person,
    IloConvention,
    TradeAgreement,
    Agreement,
    Event,
    LegalInstrument,
}
