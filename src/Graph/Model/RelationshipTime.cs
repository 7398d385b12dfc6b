namespace KnowledgeGraph.Model;

/// <summary>
/// When a relationship held, as far as its sources go: the start and end a source states (<see cref="ValidFrom"/>,
/// <see cref="ValidTo"/>) and the earliest and latest dates a source shows it holding (<see cref="AttestedFrom"/>,
/// <see cref="AttestedTo"/>: its sources' <c>asOf</c>). Every window of the product asks <see cref="CountsIn"/>.
/// </summary>
/// <remarks>
/// Under <see cref="EvidenceMode.Supported"/> a relationship spans from the stated start (else the earliest attestation)
/// to the stated end (else open when the start is stated, else the latest attestation); a side no date speaks to is open.
/// A 2023 article listing Viet Nam among WTO members is an attestation in 2023: the membership counts in 2023, not before
/// and not after, until a source states the accession (2007-01-11), from which it counts onwards.
/// <see cref="EvidenceMode.Possible"/> reads the stated dates alone: not excluded by any stated date.
/// </remarks>
public readonly record struct RelationshipTime(PartialDate? ValidFrom, PartialDate? ValidTo, PartialDate? AttestedFrom, PartialDate? AttestedTo)
{
    /// <summary>The stated dates and the earliest and latest <c>asOf</c> among <paramref name="sources"/>.</summary>
    public static RelationshipTime Of(PartialDate? validFrom, PartialDate? validTo, IEnumerable<Source> sources)
    {
        PartialDate? earliest = null, latest = null;
        foreach (var source in sources)
        {
            if (source.AsOf is not { } asOf)
                continue;
            if (earliest is null || asOf.Start < earliest.Value.Start)
                earliest = asOf;
            if (latest is null || asOf.End > latest.Value.End)
                latest = asOf;
        }

        return new RelationshipTime(validFrom, validTo, earliest, latest);
    }

    /// <summary>First and last day the relationship counts on under <paramref name="mode"/>; an open side is <see cref="DateOnly.MinValue"/> or <see cref="DateOnly.MaxValue"/>.</summary>
    public (DateOnly From, DateOnly To) Span(EvidenceMode mode)
    {
        if (mode == EvidenceMode.Possible)
            return (ValidFrom?.Start ?? DateOnly.MinValue, ValidTo?.End ?? DateOnly.MaxValue);
        var from = (ValidFrom ?? AttestedFrom)?.Start ?? DateOnly.MinValue;
        var to = (ValidTo ?? (ValidFrom is null ? AttestedTo : null))?.End ?? DateOnly.MaxValue;
        return (from, to);
    }

    /// <summary>True when the relationship counts at some day of <paramref name="window"/>, read as the window's <see cref="DateWindow.Evidence"/> says.</summary>
    public bool CountsIn(DateWindow window)
    {
        var (from, to) = Span(window.Evidence);
        return window.Overlaps(from, to);
    }

    /// <summary>
    /// The dates as an analyst reads them: "since 2016" only for a stated start, "by 2023 (start not stated)" when a source
    /// shows it holding without saying since when, "undated" when nothing is known.
    /// </summary>
    public string Describe()
    {
        if (ValidFrom is { } from)
            return ValidTo is { } to ? (from == to ? from.ToString() : $"{from} – {to}") : $"since {from}";
        var attested = AttestedFrom is not { } first ? null
            : AttestedTo is { } last && last != first ? $"by {first}, attested until {last}" : $"by {first}";
        return (attested, ValidTo) switch
        {
            (null, null) => "undated",
            (null, { } end) => $"until {end} (start not stated)",
            ({ } text, null) => $"{text} (start not stated)",
            ({ } text, { } end) => $"{text}, until {end} (start not stated)",
        };
    }
}
