namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>A failure of the Neo4j backend with Neo4j's status code (such as Neo.ClientError.Statement.SyntaxError) when it sent one.</summary>
public sealed class Neo4jQueryException : Exception
{
    /// <summary>A failure of <paramref name="kind"/> with Neo4j's status <paramref name="code"/>, when it sent one.</summary>
    public Neo4jQueryException(Neo4jErrorKind kind, string? code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Code = code;
    }

    /// <summary>What went wrong, so callers know whether to fix settings or Cypher, or wait.</summary>
    public Neo4jErrorKind Kind { get; }

    /// <summary>Neo4j's status code, or null when the failure happened before Neo4j answered.</summary>
    public string? Code { get; }

    internal bool IsTransient => Kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Connection;

    /// <summary>Classifies an error Neo4j reported in a response body.</summary>
    internal static Neo4jQueryException FromServer(string code, string message, string statementName)
    {
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new(Neo4jErrorKind.Authentication, code, $"Neo4j refused the credentials or access ({code}): {message}. Check Graph:Neo4j:User and Graph:Neo4j:Password.");
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new(Neo4jErrorKind.Transient, code, $"Neo4j reported a transient error running '{statementName}' ({code}): {message}");
        if (code == "Neo.ClientError.Database.DatabaseNotFound")
            return new(Neo4jErrorKind.Protocol, code, $"Neo4j has no such database ({code}): {message}. Check Graph:Neo4j:Database.");
        return new(Neo4jErrorKind.Cypher, code, $"Neo4j rejected statement '{statementName}' ({code}): {message}");
    }
}
