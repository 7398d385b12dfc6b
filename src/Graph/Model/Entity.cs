using System.Collections.Immutable;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>
/// A node of the graph: a country, body, person, organisation, convention, agreement or event.
/// <see cref="Names"/> maps a language code (vi, en, lo, ko...) to the name in that language.
/// </summary>
public sealed record Entity
{
    /// <summary>The entity's id, following its kind's id convention.</summary>
    public required string Id { get; init; }

    /// <summary>What sort of entity this is.</summary>
    public required EntityKind Kind { get; init; }

    /// <summary>The name shown by default.</summary>
    public required string Name { get; init; }

    /// <summary>Names by language code.</summary>
    public ImmutableSortedDictionary<string, string> Names { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Other names the entity is known by.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>The entity's own date, such as when an event took place or an agreement was signed.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Further details by property name.</summary>
    public ImmutableSortedDictionary<string, string> Properties { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The evidence for the entity.</summary>
    public ImmutableArray<Source> Sources { get; init; } = [];

    /// <inheritdoc />
    public bool Equals(Entity? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Name == other.Name && Date == other.Date
        && Names.SequenceEqual(other.Names) && Aliases.SequenceEqual(other.Aliases)
        && Properties.SequenceEqual(other.Properties) && Sources.SequenceEqual(other.Sources);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, Date);
}
