namespace KnowledgeGraph.Ingest;

/// <summary>
/// What a curator needs beside the candidate batch, kept out of it so the batch stays in the import format: where each
/// sentence stands in the document, the names linked in it, and for each proposed record the sentences that state it
/// with a confidence and its reason. Records are named by their ids in the batch.
/// </summary>
public sealed record CandidateReview(
    string Document, string Batch, IReadOnlyList<string> Detected, IReadOnlyList<ReviewSentence> Sentences,
    IReadOnlyList<ReviewMention> Mentions, IReadOnlyList<ReviewRecord> Records);

/// <summary>A sentence by its place in the document text.</summary>
public sealed record ReviewSentence(int Index, int Start, int End);

/// <summary>A name linked to an entity: where, which entity, by what, how sure, and how it was inferred when it was.</summary>
public sealed record ReviewMention(int Sentence, int Start, int End, string Text, string Entity, string Reason, double Confidence, bool New, string? Inferred);

/// <summary>
/// A proposed entity or relationship of the batch: its id, kind of record, per sentence the confidence and reason, and
/// the id of the relationship the store already holds for the same fact, if any (<see cref="StoredMatches"/>).
/// </summary>
public sealed record ReviewRecord(string Id, string Record, double Confidence, IReadOnlyList<ReviewEvidence> Evidence, string? Stored = null);

/// <summary>One sentence's reading of a record.</summary>
public sealed record ReviewEvidence(int Sentence, double Confidence, string Reason);
