namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The data file cannot serve as a store: it does not exist (in <see cref="SqliteStoreMode.OpenExisting"/>), is not a SQLite database, or holds no store schema.</summary>
public sealed class SqliteStoreFileException : IOException
{
    public SqliteStoreFileException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>Full path of the data file.</summary>
    public string Path { get; }

    /// <summary>Why the file cannot be used, e.g. "no such file".</summary>
    public string Reason { get; }
}
