namespace KnowledgeGraph.Export;

/// <summary>How many entities and relationships an export wrote, for the line that says what it wrote.</summary>
public sealed record ExportCounts(long Entities, long Relationships);
