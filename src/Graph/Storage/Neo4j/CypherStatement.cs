namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A statement the adapter sends: its text and the name (file, label or type) that error messages quote.</summary>
internal sealed record CypherStatement(string Name, string Text);
