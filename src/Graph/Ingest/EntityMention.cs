using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Where a sentence names an entity: a known one (by name, localised name or alias), a new one (a person after a
/// title, a body after its head word), or one it refers to without naming (<see cref="InferredFrom"/> says how it was read).
/// <see cref="Reason"/> says which form matched.
/// </summary>
public sealed record EntityMention(TextSpan Span, string Text, string EntityId, EntityKind Kind, string Reason, double Confidence, bool IsNew = false, string? InferredFrom = null);
