using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// One committed write as the projection sees it: the store version the write produced, the relationships it wrote
/// (new or replaced, as given to the store) and the ids it deleted.
/// </summary>
internal sealed record StoreChange(long Version, IReadOnlyList<Relationship> Written, IReadOnlyList<string> Deleted);
