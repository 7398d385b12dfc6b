using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Sqlite.SqliteStatements;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode. Writes are serialised and each batch is one
/// transaction; rows that would not change are left alone, so re-importing a file changes nothing.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    // WAL with synchronous=NORMAL cannot corrupt the file on a crash (a power cut may lose the last commits only);
    // a larger page cache keeps the id indexes of big batches in memory.
    // Reads keep SQLite's page cache small (8 MB): the operating system caches the file anyway, and pooled connections
    // keep their caches, which had made up most of the service's memory beyond the projection. A batch write takes 64 MB
    // for the indexes it updates, and gives it back before its connection returns to the pool.
    private const string ConnectionSettings = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -8192; PRAGMA temp_store = MEMORY";
    private const string WriteCache = "PRAGMA cache_size = -65536";
    private const string ReadCache = "PRAGMA cache_size = -8192";

    // SQLite's result codes for a file it cannot open and for a file that is not a database.
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    // Every cached read checks the version first: connections kept open with the statement prepared make that check one
    // step of SQLite instead of a pooled open, the connection settings and a prepare. Each concurrent check takes its own,
    // so checks never wait for each other.
    private readonly ConcurrentQueue<SqliteCommand> _versionReads = new();
    private volatile bool _disposed;

    /// <summary>A store in the SQLite file at <paramref name="path"/>, created when missing unless <paramref name="mode"/> says otherwise; nothing is opened until first use.</summary>
    public SqliteGraphStore(string path, SqliteStoreMode mode = SqliteStoreMode.CreateIfMissing)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Mode = mode;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = mode == SqliteStoreMode.OpenExisting ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Kind => "sqlite";

    /// <summary>Whether the file is created when missing or must exist.</summary>
    public SqliteStoreMode Mode { get; }

    /// <inheritdoc/>
    /// <exception cref="SqliteStoreFileException">The file is not a SQLite database, or, in <see cref="SqliteStoreMode.OpenExisting"/>, is missing or holds no store.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (Mode == SqliteStoreMode.CreateIfMissing && !string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            var applied = Convert.ToInt32(await ScalarAsync(connection, null, "PRAGMA user_version", cancellationToken), CultureInfo.InvariantCulture);
            // An existing SQLite file that no migration ever touched is someone else's database (or an empty file):
            // reading it as a store would answer with zeros, and migrating it would write into it.
            if (applied == 0 && Mode == SqliteStoreMode.OpenExisting)
                throw new SqliteStoreFileException(Path, SqliteStoreFileProblem.NotAStore);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
            for (var index = applied; index < SqliteSchema.Migrations.Length; index++)
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[index], cancellationToken);
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {index + 1}", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == CannotOpen && Mode == SqliteStoreMode.OpenExisting)
        {
            throw new SqliteStoreFileException(Path, File.Exists(Path) || Directory.Exists(Path) ? SqliteStoreFileProblem.CannotOpen : SqliteStoreFileProblem.Missing, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            throw new SqliteStoreFileException(Path, SqliteStoreFileProblem.NotSqlite, e);
        }
    }

    /// <inheritdoc />
    public Task<long> GetVersionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var command = _versionReads.TryDequeue(out var idle) ? idle : PrepareVersionRead();
        try
        {
            return Task.FromResult(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
        }
        finally
        {
            _versionReads.Enqueue(command);
            if (_disposed)
                DisposeVersionReads();
        }
    }

    /// <inheritdoc />
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await GetEntitiesAsync([id], cancellationToken);
        return found.GetValueOrDefault(id);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadByIdsAsync(SelectEntities, ids, ReadEntity, cancellationToken);

    /// <inheritdoc />
    public async Task<Relationship?> GetRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        var found = await GetRelationshipsAsync([id], cancellationToken);
        return found.GetValueOrDefault(id);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Relationship>> GetRelationshipsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadByIdsAsync(SelectRelationships, ids, ReadRelationship, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Relationship>> GetRelationshipsOfAsync(string entityId, RelationshipQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = SelectRelationshipsOf;
        command.Parameters.AddWithValue("@entity", entityId);
        command.Parameters.AddWithValue("@windowFrom", query.Window.From.DayNumber);
        command.Parameters.AddWithValue("@windowTo", query.Window.To.DayNumber);
        command.Parameters.AddWithValue("@possible", query.Window.Evidence == EvidenceMode.Possible);
        var result = new List<Relationship>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var relationship = ReadRelationship(reader);
            if (query.Matches(relationship, entityId))
                result.Add(relationship);
        }

        return result;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<Entity> StreamEntitiesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SelectAllEntities, ReadEntity, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Relationship> StreamRelationshipsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SelectAllRelationships, ReadRelationship, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EdgeRecord> StreamEdgesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SelectAllEdges, ReadEdge, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Entity>> SearchAsync(string text, IReadOnlyCollection<EntityKind>? kinds, int first, CancellationToken cancellationToken = default)
    {
        var term = SearchText.Fold(text);
        if (term.Length == 0 || first <= 0)
            return [];
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Search;
        var pattern = term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
        command.Parameters.AddWithValue("@term", term);
        command.Parameters.AddWithValue("@prefix", pattern + "%");
        command.Parameters.AddWithValue("@contains", "%" + pattern + "%");
        command.Parameters.AddWithValue("@kinds", kinds is { Count: > 0 } ? "," + string.Join(",", kinds.Select(k => k.Name())) + "," : DBNull.Value);
        command.Parameters.AddWithValue("@first", first);
        var result = new List<Entity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result.Add(ReadEntity(reader));
        return result;
    }

    /// <inheritdoc />
    public async Task<WriteOutcome> WriteAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await ExecuteAsync(connection, null, WriteCache, cancellationToken);
            try
            {
                return await WriteInTransactionAsync(connection, batch, cancellationToken);
            }
            finally
            {
                if (connection.State == System.Data.ConnectionState.Open)
                    await ExecuteAsync(connection, null, ReadCache, CancellationToken.None);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static async Task<WriteOutcome> WriteInTransactionAsync(SqliteConnection connection, GraphBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteBatchWriter(connection, transaction);
        foreach (var document in batch.Documents)
            writer.Write(document);
        writer.Write(batch.Entities);
        writer.Write(batch.Relationships);
        var version = writer.Added + writer.Changed > 0
            ? Convert.ToInt64(await ScalarAsync(connection, transaction, BumpVersion, cancellationToken), CultureInfo.InvariantCulture)
            : Convert.ToInt64(await ScalarAsync(connection, transaction, ReadVersion, cancellationToken), CultureInfo.InvariantCulture);
        await transaction.CommitAsync(cancellationToken);
        return new WriteOutcome(writer.Added, writer.Changed, writer.Unchanged, version);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteRelationshipAsync(string id, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = DeleteRelationship;
            command.Parameters.AddWithValue("@id", id);
            var deleted = await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            if (deleted)
                await ScalarAsync(connection, transaction, BumpVersion, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var entities = GraphOntology.Kinds.ToDictionary(k => k.Kind, _ => 0L);
        foreach (var (name, count) in await CountAsync(connection, transaction, CountEntities, cancellationToken))
            entities[GraphOntology.ParseKind(name)] = count;
        var relationships = GraphOntology.Relationships.ToDictionary(r => r.Type, _ => 0L);
        foreach (var (name, count) in await CountAsync(connection, transaction, CountRelationships, cancellationToken))
            relationships[GraphOntology.ParseType(name)] = count;
        var version = Convert.ToInt64(await ScalarAsync(connection, transaction, ReadVersion, cancellationToken), CultureInfo.InvariantCulture);
        return new GraphStatistics(entities, relationships, version);
    }

    /// <summary>
    /// Whether any record carries a source: curated data, since imports and mutations require a source on every record
    /// and only the generator's synthetic records carry none.
    /// </summary>
    public async Task<bool> HoldsSourcedRecordsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return Convert.ToInt64(await ScalarAsync(connection, null, AnySourcedRecord, cancellationToken), CultureInfo.InvariantCulture) != 0;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _disposed = true;
        DisposeVersionReads();
        _writeLock.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private SqliteCommand PrepareVersionRead()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            var command = connection.CreateCommand();
            command.CommandText = ReadVersion;
            command.Prepare();
            return command;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void DisposeVersionReads()
    {
        while (_versionReads.TryDequeue(out var command))
        {
            var connection = command.Connection;
            command.Dispose();
            connection?.Dispose();
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, ConnectionSettings, cancellationToken);
        return connection;
    }

    /// <summary>Reads rows by id in chunks, each chunk one statement, so validating a large batch stays cheap.</summary>
    private async Task<IReadOnlyDictionary<string, T>> ReadByIdsAsync<T>(string sql, IReadOnlyCollection<string> ids, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        const int ChunkSize = 10_000;
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        if (ids.Count == 0)
            return found;
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.Parameters.Add("@ids", SqliteType.Text);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(ChunkSize))
        {
            parameter.Value = JsonSerializer.Serialize(chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found[reader.GetString(0)] = read(reader);
        }

        return found;
    }

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return read(reader);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<List<(string Name, long Count)>> CountAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var counts = new List<(string, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts.Add((reader.GetString(0), reader.GetInt64(1)));
        return counts;
    }

    private static Entity ReadEntity(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Kind = GraphOntology.ParseKind(reader.GetString(1)),
        Name = reader.GetString(2),
        Date = ReadDate(reader, 3),
        Names = SqliteJson.ReadMap(reader.GetString(4)),
        Aliases = SqliteJson.ReadList(reader.GetString(5)),
        Properties = SqliteJson.ReadMap(reader.GetString(6)),
        Sources = SqliteJson.ReadSources(reader.GetString(7)),
    };

    private static Relationship ReadRelationship(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Type = GraphOntology.ParseType(reader.GetString(1)),
        From = reader.GetString(2),
        To = reader.GetString(3),
        ValidFrom = ReadDate(reader, 4),
        ValidTo = ReadDate(reader, 5),
        Properties = SqliteJson.ReadMap(reader.GetString(6)),
        Sources = SqliteJson.ReadSources(reader.GetString(7)),
    };

    /// <summary>An edge with the day numbers the writer stored, so building a projection parses no date text.</summary>
    private static EdgeRecord ReadEdge(SqliteDataReader reader) => new(
        reader.GetString(0), GraphOntology.ParseType(reader.GetString(1)), reader.GetString(2), reader.GetString(3),
        new EdgeDays(ReadDay(reader, 4, int.MinValue), ReadDay(reader, 5, int.MaxValue), ReadDay(reader, 6, int.MinValue), ReadDay(reader, 7, int.MaxValue)));

    private static int ReadDay(SqliteDataReader reader, int ordinal, int open) => reader.IsDBNull(ordinal) ? open : reader.GetInt32(ordinal);

    private static PartialDate? ReadDate(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : PartialDate.Parse(reader.GetString(ordinal));
}
