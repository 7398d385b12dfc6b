namespace KnowledgeGraph.Synthetic;

/// <summary>What <see cref="SyntheticGraphWriter"/> wrote, and the time its batches spent validating and writing.</summary>
public sealed record SyntheticGraphWritten(long Entities, long Relationships, TimeSpan Validating, TimeSpan Writing);
