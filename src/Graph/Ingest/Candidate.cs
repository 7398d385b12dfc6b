using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// One proposed relationship (type and ends) with every sentence that states it: the facts read, each its own quote,
/// attestation and reason. <see cref="Confidence"/> is the best of them.
/// </summary>
public sealed record Candidate(string Id, RelationshipType Type, string From, string To, IReadOnlyList<CandidateFact> Facts)
{
    /// <summary>The best confidence among its facts.</summary>
    public double Confidence => Facts.Max(f => f.Confidence);
}
