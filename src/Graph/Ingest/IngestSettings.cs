namespace KnowledgeGraph.Ingest;

/// <summary>The ingest's limits and confidences, in one place: the patterns and the CLI read them here.</summary>
public static class IngestSettings
{
    /// <summary>Names folding to fewer letters are not looked up: two letters match too many ordinary words.</summary>
    public const int ShortestName = 2;

    /// <summary>Most tokens a new person's name may have after a title (Vietnamese names run to four syllables).</summary>
    public const int LongestPersonName = 4;

    /// <summary>Most tokens a new body's name may have after its head word.</summary>
    public const int LongestBodyName = 9;

    /// <summary>Largest file <c>kg ingest</c> reads: far above any article, far below what would stall a review.</summary>
    public const long MaxFileBytes = 4_000_000;

    /// <summary>Confidence of a link to a known entity by a name of several words.</summary>
    public const double KnownName = 0.95;

    /// <summary>Confidence of a link to a known entity by one word or an acronym, which more often means something else.</summary>
    public const double KnownShortName = 0.85;

    /// <summary>Confidence of a proposed new person.</summary>
    public const double NewPerson = 0.7;

    /// <summary>Confidence of a proposed new body.</summary>
    public const double NewBody = 0.6;

    /// <summary>Confidence of a proposed new event.</summary>
    public const double NewEvent = 0.5;

    /// <summary>Confidence of a mention read from a reference rather than a name (the document's own state, a plural such as "the agreements").</summary>
    public const double Referred = 0.5;
}
