namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Versioned schema migrations, applied in order inside one transaction each; <c>PRAGMA user_version</c>
/// records how many have run. Append new migrations; never edit a released one.
/// </summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE store_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO store_meta (key, value) VALUES ('version', 0);

        CREATE TABLE entities (
            id         TEXT PRIMARY KEY,
            kind       TEXT NOT NULL,
            name       TEXT NOT NULL,
            date       TEXT,
            names      TEXT NOT NULL,
            aliases    TEXT NOT NULL,
            properties TEXT NOT NULL,
            sources    TEXT NOT NULL
        );
        CREATE INDEX entities_kind ON entities (kind);

        -- Folded names and aliases (lower case, no diacritics, letters and digits only) for search.
        CREATE TABLE entity_terms (
            entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            term      TEXT NOT NULL,
            PRIMARY KEY (entity_id, term)
        ) WITHOUT ROWID;
        CREATE INDEX entity_terms_term ON entity_terms (term);

        -- from_day/to_day: the validity interval as day numbers (NULL = open), so windows filter in SQL.
        CREATE TABLE relationships (
            id         TEXT PRIMARY KEY,
            type       TEXT NOT NULL,
            from_id    TEXT NOT NULL REFERENCES entities (id),
            to_id      TEXT NOT NULL REFERENCES entities (id),
            valid_from TEXT,
            valid_to   TEXT,
            from_day   INTEGER,
            to_day     INTEGER,
            properties TEXT NOT NULL,
            sources    TEXT NOT NULL
        );
        CREATE INDEX relationships_from ON relationships (from_id, type);
        CREATE INDEX relationships_to ON relationships (to_id, type);
        """,
        """
        -- attested_from/attested_to: earliest and latest asOf of the sources (partial dates), for the projection.
        -- span_from_day/span_to_day: the days the evidence supports (RelationshipTime.Span), so windows filter in SQL;
        -- from_day/to_day stay the stated dates, which is all a window asking for every possible relationship reads.
        -- Rows written before sources had asOf have no attestations, so their span is their stated interval.
        ALTER TABLE relationships ADD COLUMN attested_from TEXT;
        ALTER TABLE relationships ADD COLUMN attested_to TEXT;
        ALTER TABLE relationships ADD COLUMN span_from_day INTEGER;
        ALTER TABLE relationships ADD COLUMN span_to_day INTEGER;
        UPDATE relationships SET span_from_day = from_day, span_to_day = to_day;
        """,
        """
        -- The document catalogue: sources cite a document by id; text is the document's words, verbatim, or NULL.
        CREATE TABLE documents (
            id            TEXT PRIMARY KEY,
            title         TEXT NOT NULL,
            title_english TEXT,
            publisher     TEXT,
            published     TEXT,
            language      TEXT NOT NULL,
            url           TEXT,
            excerpt_taken TEXT,
            note          TEXT,
            text          TEXT
        );
        """,
    ];
}
