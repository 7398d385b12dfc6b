using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The days a relationship counts on, as day numbers (<see cref="DateOnly.DayNumber"/>), an open side
/// <see cref="int.MinValue"/> or <see cref="int.MaxValue"/>: <see cref="From"/>–<see cref="To"/> what its evidence
/// supports, <see cref="StatedFrom"/>–<see cref="StatedTo"/> what its stated dates alone allow
/// (<see cref="RelationshipTime.Span"/> under each <see cref="EvidenceMode"/>).
/// </summary>
public readonly record struct EdgeDays(int From, int To, int StatedFrom, int StatedTo)
{
    /// <summary>The days of <paramref name="time"/> under both evidence readings.</summary>
    public static EdgeDays Of(RelationshipTime time)
    {
        var (from, to) = Days(time.Span(EvidenceMode.Supported));
        var (statedFrom, statedTo) = Days(time.Span(EvidenceMode.Possible));
        return new EdgeDays(from, to, statedFrom, statedTo);
    }

    /// <summary>A span as day numbers; <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> mean open.</summary>
    public static (int From, int To) Days((DateOnly From, DateOnly To) span) =>
        (span.From == DateOnly.MinValue ? int.MinValue : span.From.DayNumber, span.To == DateOnly.MaxValue ? int.MaxValue : span.To.DayNumber);
}
