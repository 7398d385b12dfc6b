namespace KnowledgeGraph.Ingest;

/// <summary>
/// How an ingest compares with the curated relationships quoted from the same document: recall (curated facts found
/// with the same type and ends), precision (candidates that match a curated fact) and linking precision (linked names
/// whose entity the curators cite from the document). <see cref="Missed"/> lists the curated facts not found.
/// </summary>
public sealed record ArticleScore(
    string Document, int Curated, int Found, int Candidates, int Matching, int Links, int GoodLinks, IReadOnlyList<string> Missed, IReadOnlyList<string> Unmatched)
{
    /// <summary>Share of the curated facts found; 1 when there are none.</summary>
    public double Recall => Curated == 0 ? 1 : (double)Found / Curated;

    /// <summary>Share of the candidates that match a curated fact; 1 when there are none.</summary>
    public double Precision => Candidates == 0 ? 1 : (double)Matching / Candidates;

    /// <summary>Share of the linked names whose entity the curators cite; 1 when there are none.</summary>
    public double LinkingPrecision => Links == 0 ? 1 : (double)GoodLinks / Links;
}
