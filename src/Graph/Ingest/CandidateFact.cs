using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// A relationship a pattern reads in one sentence: its type and ends, the properties the wording gives (role, status),
/// the attestation date (<see cref="AsOf"/>, never a start) with how it was read, and a confidence with its reason
/// (which pattern, which words).
/// </summary>
public sealed record CandidateFact(
    RelationshipType Type, string From, string To, int SentenceIndex, double Confidence, string Reason,
    IReadOnlyDictionary<string, string>? Properties = null, PartialDate? AsOf = null, string? AsOfNote = null)
{
    /// <summary>A fact read from two mentions: as confident as the pattern and the weaker of the two links.</summary>
    public static CandidateFact Between(
        RelationshipType type, EntityMention from, EntityMention to, SentenceAnalysis sentence, double confidence, string reason,
        IReadOnlyDictionary<string, string>? properties = null, bool attested = true) =>
        new(type, from.EntityId, to.EntityId, sentence.Sentence.Index,
            Math.Round(confidence * Math.Min(from.Confidence, to.Confidence), 2),
            $"{reason}; {Describe(from)}; {Describe(to)}",
            properties, attested ? sentence.AsOf : null, attested ? sentence.AsOfNote : null);

    private static string Describe(EntityMention mention) =>
        mention.InferredFrom is { } how ? $"{mention.EntityId}: {how}" : $"{mention.EntityId} by {mention.Reason}";
}
