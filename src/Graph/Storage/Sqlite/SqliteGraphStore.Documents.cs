using Microsoft.Data.Sqlite;
using KnowledgeGraph.Model;
using static KnowledgeGraph.Storage.Sqlite.SqliteDocumentStatements;

namespace KnowledgeGraph.Storage.Sqlite;

// The document catalogue's reads; its writes are part of WriteAsync's one transaction.
public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Document>> GetDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadByIdsAsync(SelectDocuments, ids, ReadDocument, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Document> StreamDocumentsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(SelectAllDocuments, ReadDocument, cancellationToken);

    /// <inheritdoc />
    public async Task<Citations> GetCitationsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: true);
        var entities = await ReadMentioningAsync(connection, transaction, SelectEntitiesMentioning, documentId, ReadEntity, cancellationToken);
        var relationships = await ReadMentioningAsync(connection, transaction, SelectRelationshipsMentioning, documentId, ReadRelationship, cancellationToken);
        return Citations.Of(documentId, entities, relationships);
    }

    private static async Task<List<T>> ReadMentioningAsync<T>(
        SqliteConnection connection, SqliteTransaction transaction, string sql, string documentId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("@id", documentId);
        var found = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            found.Add(read(reader));
        return found;
    }

    private static Document ReadDocument(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Title = reader.GetString(1),
        TitleEnglish = Text(reader, 2),
        Publisher = Text(reader, 3),
        Published = ReadDate(reader, 4),
        Language = reader.GetString(5),
        Url = Text(reader, 6),
        ExcerptTaken = ReadDate(reader, 7),
        Note = Text(reader, 8),
        Text = Text(reader, 9),
    };

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
