using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Sqlite.SqliteDocumentStatements;
using static KnowledgeGraph.Storage.Sqlite.SqliteStatements;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Upserts inside one transaction with prepared commands: insert if new, else update only if different,
/// counting which happened. Entities and relationships are inserted through statements bound by position on the native
/// handle (<see cref="SqliteNativeInsert"/>); only the rows whose id already exists take the update command.
/// Kept synchronous: Microsoft.Data.Sqlite's async calls are synchronous anyway.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private const int ForeignKeyViolation = 787;

    private readonly SqliteCommand _updateEntity;
    private readonly SqliteCommand _deleteTerms;
    private readonly SqliteCommand _insertTerm;
    private readonly SqliteCommand _updateRelationship;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _updateDocument;
    private readonly SqliteNativeInsert _insertEntities;
    private readonly SqliteNativeInsert _insertTerms;
    private readonly SqliteNativeInsert _insertRelationships;

    // Column orders of the value arrays below, which the multi-row inserts name.
    private static readonly string[] EntityInsertColumns = ["id", "kind", "name", "date", "names", "aliases", "properties", "sources"];
    private static readonly string[] TermColumns = ["entity_id", "term"];
    private static readonly string[] RelationshipInsertColumns =
        ["id", "type", "from_id", "to_id", "valid_from", "valid_to", "from_day", "to_day", "attested_from", "attested_to", "span_from_day", "span_to_day", "properties", "sources"];

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _updateEntity = Prepare(connection, transaction, UpdateEntity, "@id", "@kind", "@name", "@date", "@names", "@aliases", "@properties", "@sources");
        _deleteTerms = Prepare(connection, transaction, DeleteTerms, "@id");
        _insertTerm = Prepare(connection, transaction, InsertTerm, "@id", "@term");
        string[] relationshipParameters =
            ["@id", "@type", "@from", "@to", "@validFrom", "@validTo", "@fromDay", "@toDay", "@attestedFrom", "@attestedTo", "@spanFromDay", "@spanToDay", "@properties", "@sources"];
        _updateRelationship = Prepare(connection, transaction, UpdateRelationship, relationshipParameters);
        string[] documentParameters = ["@id", "@title", "@titleEnglish", "@publisher", "@published", "@language", "@url", "@excerptTaken", "@note", "@text"];
        _insertDocument = Prepare(connection, transaction, InsertDocument, documentParameters);
        _updateDocument = Prepare(connection, transaction, UpdateDocument, documentParameters);
        _insertEntities = new(connection, "entities", EntityInsertColumns, orIgnore: false);
        _insertTerms = new(connection, "entity_terms", TermColumns, orIgnore: true);
        _insertRelationships = new(connection, "relationships", RelationshipInsertColumns, orIgnore: false);
    }

    public int Added { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }

    /// <summary>Inserts the new entities (with their search terms); the others are updated if they differ.</summary>
    public void Write(IReadOnlyList<Entity> entities)
    {
        var rows = RowsOf(entities, Values);
        for (var i = 0; i < entities.Count; i++)
        {
            var (entity, values) = (entities[i], rows[i]);
            if (_insertEntities.Insert(values))
            {
                Added++;
                foreach (var term in Terms(entity))
                    _insertTerms.Insert([entity.Id, term]);
            }
            else if (Update(_updateEntity, values))
            {
                WriteTerms(entity);
            }
        }
    }

    /// <summary>Inserts the new relationships; the others are updated if they differ.</summary>
    public void Write(IReadOnlyList<Relationship> relationships)
    {
        var rows = RowsOf(relationships, Values);
        for (var i = 0; i < relationships.Count; i++)
        {
            try
            {
                if (_insertRelationships.Insert(rows[i]))
                    Added++;
                else
                    Update(_updateRelationship, rows[i]);
            }
            catch (SqliteException e) when (e.SqliteExtendedErrorCode == ForeignKeyViolation)
            {
                // The transaction then rolls back: nothing of the batch is written.
                throw new MissingEndpointException(
                    $"relationship {relationships[i].Id} refers to an entity that does not exist ({relationships[i].From} or {relationships[i].To}), so nothing was written", e);
            }
        }
    }

    /// <summary>
    /// The column values of every record, on all cores for large batches (encoding dates, names and sources as text is
    /// most of a bulk write's own work; SQLite then inserts on one thread).
    /// </summary>
    private static object?[][] RowsOf<T>(IReadOnlyList<T> records, Func<T, object?[]> values)
    {
        const int ParallelThreshold = 2_000;
        var rows = new object?[records.Count][];
        if (records.Count < ParallelThreshold)
        {
            for (var i = 0; i < rows.Length; i++)
                rows[i] = values(records[i]);
        }
        else
        {
            Parallel.For(0, rows.Length, i => rows[i] = values(records[i]));
        }

        return rows;
    }

    private static object?[] Values(Entity entity) =>
    [
        entity.Id, entity.Kind.Name(), entity.Name, (object?)entity.Date?.ToString() ?? DBNull.Value,
        SqliteJson.Write(entity.Names), SqliteJson.Write(entity.Aliases), SqliteJson.Write(entity.Properties), SqliteJson.Write(entity.Sources),
    ];

    private static object?[] Values(Relationship relationship)
    {
        var time = relationship.Time;
        var (stated, span) = (time.Span(EvidenceMode.Possible), time.Span(EvidenceMode.Supported));
        return
        [
            relationship.Id, relationship.Type.Name(), relationship.From, relationship.To,
            Text(time.ValidFrom), Text(time.ValidTo), Day(stated.From), Day(stated.To),
            Text(time.AttestedFrom), Text(time.AttestedTo), Day(span.From), Day(span.To),
            SqliteJson.Write(relationship.Properties), SqliteJson.Write(relationship.Sources),
        ];
    }

    public void Write(Document document)
    {
        object?[] values =
        [
            document.Id, document.Title, Text(document.TitleEnglish), Text(document.Publisher), Text(document.Published), document.Language,
            Text(document.Url), Text(document.ExcerptTaken), Text(document.Note), Text(document.Text),
        ];
        Upsert(_insertDocument, _updateDocument, values);
    }

    private static object Text(PartialDate? date) => (object?)date?.ToString() ?? DBNull.Value;

    private static object Text(string? text) => (object?)text ?? DBNull.Value;

    /// <summary>An open side (DateOnly.MinValue or MaxValue) is NULL, which the window filters read as unbounded.</summary>
    private static object Day(DateOnly day) => day == DateOnly.MinValue || day == DateOnly.MaxValue ? DBNull.Value : day.DayNumber;

    /// <summary>Returns true when the row was added or changed.</summary>
    private bool Upsert(SqliteCommand insert, SqliteCommand update, object?[] values)
    {
        Bind(insert, values);
        if (insert.ExecuteNonQuery() == 1)
        {
            Added++;
            return true;
        }

        return Update(update, values);
    }

    /// <summary>Updates a row that exists; true (Changed) when it differed, else Unchanged.</summary>
    private bool Update(SqliteCommand update, object?[] values)
    {
        Bind(update, values);
        if (update.ExecuteNonQuery() == 1)
        {
            Changed++;
            return true;
        }

        Unchanged++;
        return false;
    }

    /// <summary>The folded names and aliases search matches against (empty folds left out).</summary>
    private static IEnumerable<string> Terms(Entity entity) =>
        entity.Names.Values.Append(entity.Name).Concat(entity.Aliases).Select(SearchText.Fold).Where(term => term.Length > 0);

    private void WriteTerms(Entity entity)
    {
        _deleteTerms.Parameters[0].Value = entity.Id;
        _deleteTerms.ExecuteNonQuery();
        _insertTerm.Parameters[0].Value = entity.Id;
        foreach (var term in Terms(entity))
        {
            _insertTerm.Parameters[1].Value = term;
            _insertTerm.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _updateEntity, _deleteTerms, _insertTerm, _updateRelationship, _insertDocument, _updateDocument })
            command.Dispose();
        _insertEntities.Dispose();
        _insertTerms.Dispose();
        _insertRelationships.Dispose();
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, null));
        command.Prepare();
        return command;
    }
}
