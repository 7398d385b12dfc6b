namespace KnowledgeGraph.Storage;

/// <summary>The backends a store can be (<c>Graph:Store</c>).</summary>
public enum StoreKind
{
    /// <summary>The embedded SQLite file (default).</summary>
    Sqlite,

    /// <summary>A Neo4j server, cluster or Aura instance over its HTTP Query API.</summary>
    Neo4j,
}
