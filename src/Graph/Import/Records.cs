namespace KnowledgeGraph.Import;

// Input records as they arrive (JSON files, GraphQL inputs): text fields, checked by the validators before they
// become model values, so a malformed date or unknown kind is reported with its field instead of thrown.

/// <summary>An entity as written in a seed file or a mutation.</summary>
public sealed record EntityRecord
{
    public string? Id { get; init; }
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public Dictionary<string, string>? Names { get; init; }
    public List<string>? Aliases { get; init; }
    public string? Date { get; init; }
    public Dictionary<string, string>? Properties { get; init; }
    public List<SourceRecord>? Sources { get; init; }
}

/// <summary>A relationship as written in a seed file or a mutation.</summary>
public sealed record RelationshipRecord
{
    public string? Id { get; init; }
    public string? Type { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public Dictionary<string, string>? Properties { get; init; }
    public List<SourceRecord>? Sources { get; init; }
}

/// <summary>
/// Evidence as written: a catalogued document's id or URL, the quote in its original language, and optionally when
/// the quote shows the fact holding (<c>asOf</c>), the curators' English translation and the curators' note (how asOf
/// was read when the quote does not give it).
/// </summary>
public sealed record SourceRecord
{
    public string? Document { get; init; }
    public string? Url { get; init; }
    public string? Quote { get; init; }
    public string? Language { get; init; }
    public string? AsOf { get; init; }
    public string? Translation { get; init; }
    public string? Note { get; init; }

    /// <summary>Who accepted this source when reviewing ingested candidates (with <see cref="ReviewedAt"/>).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When, as an ISO 8601 date and time with its offset (<c>2024-03-01T09:30:00Z</c>).</summary>
    public string? ReviewedAt { get; init; }
}

/// <summary>A record with where it came from (<c>seed/entities/people.json $.entities[3]</c>), for error messages.</summary>
public sealed record Located<T>(string Location, T Record);
