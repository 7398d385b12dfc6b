namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>The statements of the document catalogue; values always travel as parameters.</summary>
internal static class SqliteDocumentStatements
{
    public const string DocumentColumns = "id, title, title_english, publisher, published, language, url, excerpt_taken, note, text";

    public const string InsertDocument = $"""
        INSERT INTO documents ({DocumentColumns})
        VALUES (@id, @title, @titleEnglish, @publisher, @published, @language, @url, @excerptTaken, @note, @text) ON CONFLICT (id) DO NOTHING
        """;

    public const string UpdateDocument = """
        UPDATE documents SET title = @title, title_english = @titleEnglish, publisher = @publisher, published = @published, language = @language,
            url = @url, excerpt_taken = @excerptTaken, note = @note, text = @text
        WHERE id = @id AND (title, title_english, publisher, published, language, url, excerpt_taken, note, text)
            IS NOT (@title, @titleEnglish, @publisher, @published, @language, @url, @excerptTaken, @note, @text)
        """;

    /// <summary>Rows whose id is in the JSON array @ids.</summary>
    public const string SelectDocuments = $"SELECT {DocumentColumns} FROM documents WHERE id IN (SELECT value FROM json_each(@ids))";

    public const string SelectAllDocuments = $"SELECT {DocumentColumns} FROM documents ORDER BY id";

    /// <summary>
    /// Records whose sources mention the document id anywhere: a scan that skips most rows without parsing their JSON;
    /// the caller keeps those whose source really names it (<see cref="Citations.Of"/>).
    /// </summary>
    public const string SelectEntitiesMentioning = $"SELECT {SqliteStatements.EntityColumns} FROM entities WHERE instr(sources, @id) > 0 ORDER BY id";

    public const string SelectRelationshipsMentioning = $"SELECT {SqliteStatements.RelationshipColumns} FROM relationships WHERE instr(sources, @id) > 0 ORDER BY id";
}
