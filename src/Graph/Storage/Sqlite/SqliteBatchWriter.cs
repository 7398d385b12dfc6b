using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Text;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Sqlite.SqliteDocumentStatements;
using static KnowledgeGraph.Storage.Sqlite.SqliteStatements;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Upserts inside one transaction with prepared commands: insert if new, else update only if different,
/// counting which happened. Kept synchronous: Microsoft.Data.Sqlite's async calls are synchronous anyway.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteCommand _insertEntity;
    private readonly SqliteCommand _updateEntity;
    private readonly SqliteCommand _deleteTerms;
    private readonly SqliteCommand _insertTerm;
    private readonly SqliteCommand _insertRelationship;
    private readonly SqliteCommand _updateRelationship;
    private readonly SqliteCommand _insertDocument;
    private readonly SqliteCommand _updateDocument;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insertEntity = Prepare(connection, transaction, InsertEntity, "@id", "@kind", "@name", "@date", "@names", "@aliases", "@properties", "@sources");
        _updateEntity = Prepare(connection, transaction, UpdateEntity, "@id", "@kind", "@name", "@date", "@names", "@aliases", "@properties", "@sources");
        _deleteTerms = Prepare(connection, transaction, DeleteTerms, "@id");
        _insertTerm = Prepare(connection, transaction, InsertTerm, "@id", "@term");
        string[] relationshipParameters =
            ["@id", "@type", "@from", "@to", "@validFrom", "@validTo", "@fromDay", "@toDay", "@attestedFrom", "@attestedTo", "@spanFromDay", "@spanToDay", "@properties", "@sources"];
        _insertRelationship = Prepare(connection, transaction, InsertRelationship, relationshipParameters);
        _updateRelationship = Prepare(connection, transaction, UpdateRelationship, relationshipParameters);
        string[] documentParameters = ["@id", "@title", "@titleEnglish", "@publisher", "@published", "@language", "@url", "@excerptTaken", "@note", "@text"];
        _insertDocument = Prepare(connection, transaction, InsertDocument, documentParameters);
        _updateDocument = Prepare(connection, transaction, UpdateDocument, documentParameters);
    }

    public int Added { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }

    public void Write(Entity entity)
    {
        object?[] values =
        [
            entity.Id, entity.Kind.Name(), entity.Name, (object?)entity.Date?.ToString() ?? DBNull.Value,
            SqliteJson.Write(entity.Names), SqliteJson.Write(entity.Aliases), SqliteJson.Write(entity.Properties), SqliteJson.Write(entity.Sources),
        ];
        if (Upsert(_insertEntity, _updateEntity, values))
            WriteTerms(entity);
    }

    public void Write(Relationship relationship)
    {
        var time = relationship.Time;
        var (stated, span) = (time.Span(EvidenceMode.Possible), time.Span(EvidenceMode.Supported));
        object?[] values =
        [
            relationship.Id, relationship.Type.Name(), relationship.From, relationship.To,
            Text(time.ValidFrom), Text(time.ValidTo), Day(stated.From), Day(stated.To),
            Text(time.AttestedFrom), Text(time.AttestedTo), Day(span.From), Day(span.To),
            SqliteJson.Write(relationship.Properties), SqliteJson.Write(relationship.Sources),
        ];
        Upsert(_insertRelationship, _updateRelationship, values);
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

        Bind(update, values);
        if (update.ExecuteNonQuery() == 1)
        {
            Changed++;
            return true;
        }

        Unchanged++;
        return false;
    }

    private void WriteTerms(Entity entity)
    {
        _deleteTerms.Parameters[0].Value = entity.Id;
        _deleteTerms.ExecuteNonQuery();
        _insertTerm.Parameters[0].Value = entity.Id;
        foreach (var text in entity.Names.Values.Append(entity.Name).Concat(entity.Aliases))
        {
            var term = SearchText.Fold(text);
            if (term.Length == 0)
                continue;
            _insertTerm.Parameters[1].Value = term;
            _insertTerm.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var command in new[] { _insertEntity, _updateEntity, _deleteTerms, _insertTerm, _insertRelationship, _updateRelationship, _insertDocument, _updateDocument })
            command.Dispose();
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
