namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Why a data file cannot serve as a store.</summary>
public enum SqliteStoreFileProblem
{
    /// <summary>There is no such file (only in <see cref="SqliteStoreMode.OpenExisting"/>; otherwise it is created).</summary>
    Missing,

    /// <summary>The file exists but SQLite cannot open it (permissions, a folder by that name).</summary>
    CannotOpen,

    /// <summary>The file is not a SQLite database.</summary>
    NotSqlite,

    /// <summary>A SQLite database that no store migration ever touched (only in <see cref="SqliteStoreMode.OpenExisting"/>).</summary>
    NotAStore,
}
