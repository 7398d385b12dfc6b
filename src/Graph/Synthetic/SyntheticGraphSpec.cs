namespace KnowledgeGraph.Synthetic;

/// <summary>How big a synthetic graph to make and from which seed; the same spec always gives the same graph.</summary>
public sealed record SyntheticGraphSpec
{
    public SyntheticGraphSpec(int entities, int relationships, int seed)
    {
        if (entities < 16)
            throw new ArgumentOutOfRangeException(nameof(entities), entities, "a synthetic graph needs at least 16 entities, so every kind is present");
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
