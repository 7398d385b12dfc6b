using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Inserts rows through one statement prepared on the connection's native handle and bound by position, as SQLite's own
/// <c>.import</c> does. A bulk write spends its time here otherwise: each run of a Microsoft.Data.Sqlite command costs
/// several times what SQLite spends inserting the row (it looks every parameter up by name, and builds a reader).
/// Runs inside the caller's transaction on the same connection.
/// </summary>
internal sealed class SqliteNativeInsert : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly int _columns;

    /// <param name="orIgnore">Skip a row whose key exists with INSERT OR IGNORE (tables without an id column) rather than ON CONFLICT (id) DO NOTHING.</param>
    public SqliteNativeInsert(SqliteConnection connection, string table, string[] columns, bool orIgnore)
    {
        _database = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        _columns = columns.Length;
        var parameters = string.Join(", ", columns.Select((_, i) => $"?{i + 1}"));
        var sql = $"INSERT{(orIgnore ? " OR IGNORE" : "")} INTO {table} ({string.Join(", ", columns)}) VALUES ({parameters})"
            + (orIgnore ? "" : " ON CONFLICT (id) DO NOTHING");
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>Inserts one row (values in column order: strings, integers or nulls); false when a row with its key exists.</summary>
    public bool Insert(object?[] values)
    {
        for (var i = 0; i < _columns; i++)
        {
            var code = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(_statement, i + 1),
                string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                var other => throw new ArgumentException($"a row value of type {other.GetType().Name} cannot be bound here", nameof(values)),
            };
            Check(code);
        }

        try
        {
            var step = raw.sqlite3_step(_statement);
            if (step != raw.SQLITE_DONE)
                Check(step);
            return raw.sqlite3_changes(_database) == 1;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK && code != raw.SQLITE_DONE && code != raw.SQLITE_ROW)
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), code, raw.sqlite3_extended_errcode(_database));
    }

    public void Dispose() => _statement.Dispose();
}
