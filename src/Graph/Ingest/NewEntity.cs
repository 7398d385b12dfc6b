using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>An entity the store does not know, proposed from the sentence that first names it.</summary>
public sealed record NewEntity(string Id, EntityKind Kind, string Name, int SentenceIndex, string Reason, double Confidence);
