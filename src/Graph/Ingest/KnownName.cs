using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>One form under which an entity may be written: its name, a localised name or an alias, and which it is.</summary>
/// <remarks><see cref="Lower"/> is the form in lower case with its diacritics: a one-word name must match it in a text that writes diacritics (<c>Lao động</c> is not <c>Lào</c>).</remarks>
internal sealed record KnownName(string EntityId, EntityKind Kind, string Form, string Which, bool IsAcronym, string Lower);
