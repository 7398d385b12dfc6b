namespace KnowledgeGraph.Synthetic;

/// <summary>How big a synthetic graph to make and from which seed; the same spec always gives the same graph.</summary>
public sealed record SyntheticGraphSpec
{
    /// <summary>Two entities of each of the nine kinds, so every kind and every relationship type can be present.</summary>
    public const int MinimumEntities = 18;

    public SyntheticGraphSpec(int entities, int relationships, int seed)
    {
        if (entities < MinimumEntities)
            throw new ArgumentOutOfRangeException(nameof(entities), entities, $"a synthetic graph needs at least {MinimumEntities} entities (two of each kind); got {entities}");
        if (relationships < 0)
            throw new ArgumentOutOfRangeException(nameof(relationships), relationships, "the number of relationships cannot be negative");
        Entities = entities;
        Relationships = relationships;
        Seed = seed;
    }

    public int Entities { get; }
    public int Relationships { get; }
    public int Seed { get; }
}
