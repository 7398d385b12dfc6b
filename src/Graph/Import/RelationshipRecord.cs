namespace KnowledgeGraph.Import;

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
