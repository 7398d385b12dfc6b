namespace KnowledgeGraph.Import;

// Input records (this one, RelationshipRecord, SourceRecord, DocumentRecord) as they arrive (JSON files, GraphQL inputs): text fields, checked by the validators before they
// become model values, so a malformed date or unknown kind is reported with its field instead of thrown.

/// <summary>An entity as written in a seed file or a mutation.</summary>
public sealed record EntityRecord
{
    /// <summary>The entity's id, following its kind's id convention.</summary>
    public string? Id { get; init; }

    /// <summary>The kind's name, e.g. <c>COUNTRY</c>.</summary>
    public string? Kind { get; init; }

    /// <summary>The name shown by default.</summary>
    public string? Name { get; init; }

    /// <summary>Names by language code.</summary>
    public Dictionary<string, string>? Names { get; init; }

    /// <summary>Other names the entity is known by.</summary>
    public List<string>? Aliases { get; init; }

    /// <summary>The entity's own date, as a partial date.</summary>
    public string? Date { get; init; }

    /// <summary>Further details by property name.</summary>
    public Dictionary<string, string>? Properties { get; init; }

    /// <summary>The evidence for the entity.</summary>
    public List<SourceRecord>? Sources { get; init; }
}
