using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>A lifecycle step an agreement has reached and the date it is known at, when a source gives one.</summary>
public readonly record struct LifecycleStep(AgreementStatus Status, PartialDate? Date);
