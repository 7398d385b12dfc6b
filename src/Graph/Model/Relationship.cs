using System.Collections.Immutable;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>
/// A dated edge between two entities. <see cref="ValidFrom"/>/<see cref="ValidTo"/> hold only a start or end a source
/// states (null: the sources do not say); when sources merely show it holding, their <c>asOf</c> dates are its
/// attestations (<see cref="Time"/>). Properties carry title, role, areas, amount and similar details.
/// </summary>
public sealed record Relationship
{
    /// <summary>The relationship's id.</summary>
    public required string Id { get; init; }

    /// <summary>What the relationship says.</summary>
    public required RelationshipType Type { get; init; }

    /// <summary>Id of the entity it starts at.</summary>
    public required string From { get; init; }

    /// <summary>Id of the entity it ends at.</summary>
    public required string To { get; init; }

    /// <summary>The start a source states; null when none does.</summary>
    public PartialDate? ValidFrom { get; init; }

    /// <summary>The end a source states; null when none does.</summary>
    public PartialDate? ValidTo { get; init; }

    /// <summary>Further details by property name (title, role, areas, amount...).</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The evidence for the relationship.</summary>
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <summary>Its stated dates and attestations, and the time rule every window applies to them.</summary>
    public RelationshipTime Time => RelationshipTime.Of(ValidFrom, ValidTo, Sources);

    /// <summary>True when the relationship counts at some time in <paramref name="window"/> (<see cref="RelationshipTime.CountsIn"/>).</summary>
    public bool IsValidIn(DateWindow window) => Time.CountsIn(window);

    /// <summary>The id a relationship gets when its record names none: stable, so re-imports stay idempotent.</summary>
    public static string DefaultId(RelationshipType type, string from, string to, PartialDate? validFrom) =>
        $"{type}:{from}->{to}@{validFrom?.ToString() ?? "?"}";

    /// <inheritdoc />
    public bool Equals(Relationship? other) =>
        other is not null && Id == other.Id && Type == other.Type && From == other.From && To == other.To
        && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo
        && Properties.SequenceEqual(other.Properties) && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Type, From, To, ValidFrom, ValidTo);
}
