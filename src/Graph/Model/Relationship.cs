using System.Collections.Immutable;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>
/// A dated edge between two entities. <see cref="ValidFrom"/>/<see cref="ValidTo"/> null means unknown or open.
/// Properties carry title, role, areas, amount and similar details.
/// </summary>
public sealed record Relationship
{
    public required string Id { get; init; }
    public required RelationshipType Type { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public PartialDate? ValidFrom { get; init; }
    public PartialDate? ValidTo { get; init; }
    public ImmutableSortedDictionary<string, string> Properties { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <summary>True when the relationship was valid at some time in <paramref name="window"/>.</summary>
    public bool IsValidIn(DateWindow window) => window.Overlaps(ValidFrom, ValidTo);

    /// <summary>The id a relationship gets when its record names none: stable, so re-imports stay idempotent.</summary>
    public static string DefaultId(RelationshipType type, string from, string to, PartialDate? validFrom) =>
        $"{type}:{from}->{to}@{validFrom?.ToString() ?? "?"}";

    public bool Equals(Relationship? other) =>
        other is not null && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
        && Properties.SequenceEqual(other.Properties) && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To, ValidFrom, ValidTo);
}
