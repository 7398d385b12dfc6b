namespace KnowledgeGraph.Storage;

/// <summary>What a write did: counts of records added, changed and already identical, and the store version after it.</summary>
public sealed record WriteOutcome(int Added, int Changed, int Unchanged, long Version)
{
    /// <summary>True when the write added or changed a record.</summary>
    public bool ChangedAnything => Added + Changed > 0;
}
