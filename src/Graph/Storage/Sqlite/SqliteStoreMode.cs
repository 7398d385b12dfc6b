namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Whether opening a <see cref="SqliteGraphStore"/> may create its file.</summary>
public enum SqliteStoreMode
{
    /// <summary>Creates the file, its folder and the schema when they are missing: what the service and an import want.</summary>
    CreateIfMissing,

    /// <summary>
    /// Opens a store that already exists and never creates one, so a read pointed at the wrong path fails instead of
    /// answering from a new empty store. SQLite itself refuses to open a missing file, so there is no check-then-open race.
    /// </summary>
    OpenExisting,
}
