namespace KnowledgeGraph.Model;

/// <summary>How a window reads a relationship's dates (see <see cref="RelationshipTime"/>).</summary>
public enum EvidenceMode
{
    /// <summary>What the evidence supports: from the stated start (else the earliest attestation) to the stated end
    /// (else open when the start is stated, else the latest attestation).</summary>
    Supported,

    /// <summary>Every candidate: a relationship counts unless a stated start or end excludes it.</summary>
    Possible,
}
