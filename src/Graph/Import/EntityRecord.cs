namespace KnowledgeGraph.Import;

// Input records (this one, RelationshipRecord, SourceRecord, DocumentRecord) as they arrive (JSON files, GraphQL inputs): text fields, checked by the validators before they
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
