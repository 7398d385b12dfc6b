namespace KnowledgeGraph.Synthetic;

/// <summary>How big a synthetic graph to make and from which seed; the same spec always gives the same graph.</summary>
public sealed record SyntheticGraphSpec
{
    /// <summary>Two entities of each of the nine kinds, so every kind and every relationship type can be present.</summary>
    public const int MinimumEntities = 18;

    /// <summary>A spec of at least <see cref="MinimumEntities"/> entities and no negative number of relationships.</summary>
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

    /// <summary>How many entities the graph has.</summary>
    public int Entities { get; }

    /// <summary>How many relationships the graph has.</summary>
    public int Relationships { get; }

    /// <summary>Seed of every random choice, so the same spec gives the same graph.</summary>
    public int Seed { get; }
}
