namespace KnowledgeGraph.Import;

/// <summary>A relationship as written in a seed file or a mutation.</summary>
public sealed record RelationshipRecord
{
    /// <summary>The relationship's id; derived from its type, ends and start when absent.</summary>
    public string? Id { get; init; }

    /// <summary>The type's name, e.g. <c>MEMBER_OF</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Id of the entity it starts at.</summary>
    public string? From { get; init; }

    /// <summary>Id of the entity it ends at.</summary>
    public string? To { get; init; }

    /// <summary>The start a source states, as a partial date.</summary>
    public string? ValidFrom { get; init; }

    /// <summary>The end a source states, as a partial date.</summary>
    public string? ValidTo { get; init; }

    /// <summary>Further details by property name (role, areas, amount...).</summary>
    public Dictionary<string, string>? Properties { get; init; }

    /// <summary>The evidence for the relationship.</summary>
    public List<SourceRecord>? Sources { get; init; }
}
