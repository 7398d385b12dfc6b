namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A relationship as the Query API returns it in typed JSON; endpoints are element ids, valid only inside one transaction.</summary>
internal sealed record Neo4jRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);
