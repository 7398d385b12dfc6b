using GraphQL.Types;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Relationships;

/// <summary>The <c>evidence</c> argument of every windowed field: how a relationship's dates are read in [since, until].</summary>
internal sealed class EvidenceModeGraphType : EnumerationGraphType
{
    /// <summary>The time rule as analysts read it in the schema; the model's <see cref="RelationshipTime"/> implements it.</summary>
    public const string Rule =
        "A relationship counts in [since, until] when the window overlaps what its evidence supports: from the stated start "
        + "(validFrom; else the earliest attestation, attestedFrom) to the stated end (validTo; else open when the start is stated, "
        + "else the latest attestation, attestedTo); a side no date speaks to is open. A 2023 article listing Viet Nam among WTO "
        + "members attests the membership in 2023 only; a source stating the accession (2007-01-11) opens it from then on. Two "
        + "directors of one department, one attested in October 2021 and the other in 2024, do not both count in October 2021. "
        + "evidence: POSSIBLE widens to every relationship no stated date excludes.";

    public EvidenceModeGraphType()
    {
        Name = "EvidenceMode";
        Description = Rule;
        Add("SUPPORTED", EvidenceMode.Supported, "What the evidence supports: stated dates, else the attested period (the default)");
        Add("POSSIBLE", EvidenceMode.Possible, "Every candidate: counts unless a stated start or end excludes it");
    }
}
