namespace KnowledgeGraph.Synthetic;

/// <summary>How big a synthetic graph to make and from which seed; the same spec always gives the same graph.</summary>
public sealed record SyntheticGraphSpec
{
    /// <summary>Two entities of each of the nine kinds, so every kind and every relationship type can be present.</summary>
    public const int MinimumEntities = 18;

    /// <summary>A spec of at least <see cref="MinimumEntities"/> entities and no negative number of relationships.</summary>
    public SyntheticGraphSpec(int entities, int relationships, int seed)
    {
        if (ProblemWith(entities, relationships) is { } problem)
            throw new ArgumentOutOfRangeException(problem.Parameter, problem.Message);
        Entities = entities;
        Relationships = relationships;
        Seed = seed;
    }

    /// <summary>
    /// Why these sizes make no graph (the parameter at fault and the reason in words a user can act on), or null when
    /// they do: callers that talk to users ask first instead of parsing the constructor's exception.
    /// </summary>
    public static (string Parameter, string Message)? ProblemWith(int entities, int relationships) =>
        entities < MinimumEntities ? ("entities", $"a synthetic graph needs at least {MinimumEntities} entities (two of each kind); got {entities}")
        : relationships < 0 ? ("relationships", "the number of relationships cannot be negative")
        : null;

    /// <summary>How many entities the graph has.</summary>
    public int Entities { get; }

    /// <summary>How many relationships the graph has.</summary>
    public int Relationships { get; }

    /// <summary>Seed of every random choice, so the same spec gives the same graph.</summary>
    public int Seed { get; }
}
