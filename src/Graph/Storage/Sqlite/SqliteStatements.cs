namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Every statement the SQLite store runs; values always travel as parameters.</summary>
internal static class SqliteStatements
{
    public const string EntityColumns = "id, kind, name, date, names, aliases, properties, sources";
    public const string RelationshipColumns = "id, type, from_id, to_id, valid_from, valid_to, properties, sources";

    public const string ReadVersion = "SELECT value FROM store_meta WHERE key = 'version'";
    public const string BumpVersion = "UPDATE store_meta SET value = value + 1 WHERE key = 'version' RETURNING value";

    public const string UpdateEntity = """
        UPDATE entities SET kind = @kind, name = @name, date = @date, names = @names, aliases = @aliases, properties = @properties, sources = @sources
        WHERE id = @id AND (kind, name, date, names, aliases, properties, sources) IS NOT (@kind, @name, @date, @names, @aliases, @properties, @sources)
        """;

    public const string DeleteTerms = "DELETE FROM entity_terms WHERE entity_id = @id";
    public const string InsertTerm = "INSERT OR IGNORE INTO entity_terms (entity_id, term) VALUES (@id, @term)";

    public const string UpdateRelationship = """
        UPDATE relationships SET type = @type, from_id = @from, to_id = @to, valid_from = @validFrom, valid_to = @validTo,
            from_day = @fromDay, to_day = @toDay, attested_from = @attestedFrom, attested_to = @attestedTo,
            span_from_day = @spanFromDay, span_to_day = @spanToDay, properties = @properties, sources = @sources
        WHERE id = @id AND (type, from_id, to_id, valid_from, valid_to, properties, sources) IS NOT (@type, @from, @to, @validFrom, @validTo, @properties, @sources)
        """;

    public const string DeleteRelationship = "DELETE FROM relationships WHERE id = @id";

    /// <summary>Rows whose id is in the JSON array @ids: one statement for a whole chunk of ids.</summary>
    public const string SelectEntities = $"SELECT {EntityColumns} FROM entities WHERE id IN (SELECT value FROM json_each(@ids))";

    /// <summary>Rows whose id is in the JSON array @ids.</summary>
    public const string SelectRelationships = $"SELECT {RelationshipColumns} FROM relationships WHERE id IN (SELECT value FROM json_each(@ids))";
    public const string SelectAllEntities = $"SELECT {EntityColumns} FROM entities ORDER BY id";
    public const string SelectAllRelationships = $"SELECT {RelationshipColumns} FROM relationships ORDER BY id";
    /// <summary>Topology and the stored day numbers: the evidence span (span_*_day), then the stated dates (from_day/to_day); NULL = open.</summary>
    public const string SelectAllEdges = "SELECT id, type, from_id, to_id, span_from_day, span_to_day, from_day, to_day FROM relationships ORDER BY rowid";

    /// <summary>
    /// Both directions of an entity whose stated interval overlaps the window and, unless @possible, whose evidence span
    /// does too; open bounds are NULL. Ordered by the evidence span's start (else end; undated first), then id.
    /// </summary>
    public const string SelectRelationshipsOf = $"""
        SELECT {RelationshipColumns} FROM relationships
        WHERE (from_id = @entity OR to_id = @entity)
          AND (from_day IS NULL OR from_day <= @windowTo)
          AND (to_day IS NULL OR to_day >= @windowFrom)
          AND (@possible OR ((span_from_day IS NULL OR span_from_day <= @windowTo) AND (span_to_day IS NULL OR span_to_day >= @windowFrom)))
        ORDER BY coalesce(span_from_day, span_to_day, -1), id
        """;

    /// <summary>Ranks exact term matches first, then prefixes, then substrings; ties by name.</summary>
    public const string Search = """
        SELECT e.id, e.kind, e.name, e.date, e.names, e.aliases, e.properties, e.sources, min(
                 CASE WHEN t.term = @term THEN 0 WHEN t.term LIKE @prefix ESCAPE '\' THEN 1 ELSE 2 END) AS rank
        FROM entity_terms t JOIN entities e ON e.id = t.entity_id
        WHERE t.term LIKE @contains ESCAPE '\' AND (@kinds IS NULL OR instr(@kinds, ',' || e.kind || ',') > 0)
        GROUP BY e.id
        ORDER BY rank, length(e.name), e.name, e.id
        LIMIT @first
        """;

    /// <summary>Empty sources are stored as <c>[]</c> (<see cref="SqliteJson"/>).</summary>
    public const string AnySourcedRecord =
        "SELECT EXISTS (SELECT 1 FROM entities WHERE sources <> '[]') OR EXISTS (SELECT 1 FROM relationships WHERE sources <> '[]')";

    public const string CountEntities = "SELECT kind, count(*) FROM entities GROUP BY kind";
    public const string CountRelationships = "SELECT type, count(*) FROM relationships GROUP BY type";
}
