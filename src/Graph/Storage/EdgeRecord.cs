using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>A relationship's topology and the days it counts on, without dates as text, properties or sources.</summary>
public readonly record struct EdgeRecord(string Id, RelationshipType Type, string From, string To, EdgeDays Days);
