namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// One property of the Neo4j layout: its name, how Neo4j holds it and how it is read off a record (null: absent).
/// A <see cref="Neo4jValueType.TextList"/> reads as <c>string[]</c>, a <see cref="Neo4jValueType.Date"/> as yyyy-MM-dd text.
/// </summary>
internal sealed record Neo4jProperty<T>(string Name, Neo4jValueType Type, Func<T, object?> Read);
