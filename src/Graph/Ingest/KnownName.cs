using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>One form under which an entity may be written: its name, a localised name or an alias, and which it is.</summary>
internal sealed record KnownName(string EntityId, EntityKind Kind, string Form, string Which, bool IsAcronym);
