namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A node as the Query API returns it in typed JSON, with its properties already decoded.</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
