namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A node as the Query API returns it in typed JSON, with its properties already decoded.</summary>
internal sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it in typed JSON; endpoints are element ids, valid only inside one transaction.</summary>
internal sealed record Neo4jRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);
