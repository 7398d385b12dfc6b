using System.Collections.Immutable;

using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Model;

/// <summary>
/// A node of the graph: a country, body, person, organisation, convention, agreement or event.
/// <see cref="Names"/> maps a language code (vi, en, lo, ko...) to the name in that language.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Name { get; init; }
    public ImmutableSortedDictionary<string, string> Names { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<string> Aliases { get; init; } = [];
    public PartialDate? Date { get; init; }
    public ImmutableSortedDictionary<string, string> Properties { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableArray<Source> Sources { get; init; } = [];

    public bool Equals(Entity? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && Name == other.Name && Date == other.Date
        && Names.SequenceEqual(other.Names) && Aliases.SequenceEqual(other.Aliases)
        && Properties.SequenceEqual(other.Properties) && Sources.SequenceEqual(other.Sources);

    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name, Date);
}
