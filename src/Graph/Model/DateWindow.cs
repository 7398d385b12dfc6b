namespace KnowledgeGraph.Model;

/// <summary>
/// A closed interval of days [<see cref="From"/>, <see cref="To"/>] used to ask "valid at any time in this window?",
/// with how relationships' dates are read in it (<see cref="Evidence"/>, the rule of <see cref="RelationshipTime"/>).
/// <c>since: 2020</c> starts at 2020-01-01; <c>until: 2024</c> ends at 2024-12-31; an open side is unbounded.
/// </summary>
public readonly record struct DateWindow
{
    /// <summary>The window from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public DateWindow(DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ArgumentException($"window end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}", nameof(to));
        From = from;
        To = to;
    }

    /// <summary>First day of the window.</summary>
    public DateOnly From { get; }

    /// <summary>Last day of the window.</summary>
    public DateOnly To { get; }

    /// <summary>What the evidence supports (the default), or every candidate no stated date excludes.</summary>
    public EvidenceMode Evidence { get; init; }

    /// <summary>The window with both sides open.</summary>
    public static DateWindow All { get; } = new(DateOnly.MinValue, DateOnly.MaxValue);

    /// <summary>True when neither side is bounded.</summary>
    public bool IsUnbounded => From == DateOnly.MinValue && To == DateOnly.MaxValue;

    /// <summary>The window from the start of <paramref name="since"/> to the end of <paramref name="until"/>.</summary>
    public static DateWindow Between(PartialDate? since, PartialDate? until) =>
        new(since?.Start ?? DateOnly.MinValue, until?.End ?? DateOnly.MaxValue);

    /// <summary>The single-day or single-period window of <c>asOf</c>.</summary>
    public static DateWindow At(PartialDate asOf) => new(asOf.Start, asOf.End);

    /// <summary>True when the days <paramref name="start"/> to <paramref name="end"/> overlap the window.</summary>
    public bool Overlaps(DateOnly start, DateOnly end) => start <= To && From <= end;

    /// <summary>True when the interval from <paramref name="start"/> to <paramref name="end"/> overlaps the window; a missing bound is open.</summary>
    public bool Overlaps(PartialDate? start, PartialDate? end) =>
        Overlaps(start?.Start ?? DateOnly.MinValue, end?.End ?? DateOnly.MaxValue);
}
