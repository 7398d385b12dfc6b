namespace KnowledgeGraph.Ingest;

/// <summary>What ingesting one document found: its sentences as read, the new entities and the candidate facts, merged by type and ends.</summary>
public sealed record IngestResult(IngestDocument Document, IReadOnlyList<SentenceAnalysis> Sentences, IReadOnlyList<NewEntity> NewEntities, IReadOnlyList<Candidate> Candidates);
