namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>A data file cannot serve as a store; <see cref="Problem"/> says why.</summary>
public sealed class SqliteStoreFileException(string path, SqliteStoreFileProblem problem, Exception? innerException = null)
    : IOException($"{path}: {Describe(problem)}", innerException)
{
    /// <summary>Full path of the data file.</summary>
    public string Path { get; } = path;

    /// <summary>Why the file cannot serve.</summary>
    public SqliteStoreFileProblem Problem { get; } = problem;

    /// <summary>The problem in words, e.g. "no such file".</summary>
    public string Reason => Describe(Problem);

    private static string Describe(SqliteStoreFileProblem problem) => problem switch
    {
        SqliteStoreFileProblem.Missing => "no such file",
        SqliteStoreFileProblem.CannotOpen => "the file cannot be opened",
        SqliteStoreFileProblem.NotSqlite => "the file is not a SQLite database",
        _ => "the file is a SQLite database but not a knowledge graph store",
    };
}
