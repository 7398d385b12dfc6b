namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>What went wrong talking to Neo4j, so callers and operators know whether to fix settings, Cypher or wait.</summary>
public enum Neo4jErrorKind
{
    /// <summary>Wrong user or password, or no right to the database (HTTP 401/403, Neo.ClientError.Security.*).</summary>
    Authentication,

    /// <summary>The server could not be reached or did not answer in time.</summary>
    Connection,

    /// <summary>Neo4j rejected a statement (syntax, semantics, types, constraint).</summary>
    Cypher,

    /// <summary>A failure Neo4j marks as worth retrying (Neo.TransientError.*) that persisted through every retry.</summary>
    Transient,

    /// <summary>The database does not exist or the server answered something that is not the Query API.</summary>
    Protocol,
}
