using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Storage;

/// <summary>A relationship's topology and time (stated dates and attestations), without properties or sources.</summary>
public readonly record struct EdgeRecord(string Id, RelationshipType Type, string From, string To, RelationshipTime Time);
