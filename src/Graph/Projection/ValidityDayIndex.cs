using System.Numerics;

namespace KnowledgeGraph.Projection;

/// <summary>
/// The distinct first and last days of validity that occur in a snapshot. A relationship passes a window by comparing its
/// two days with the window's ends, so every window whose ends fall between the same neighbouring days selects the same
/// relationships. Moving each end onto the nearest day that occurs gives all such windows one filter, and so one cached
/// result: a new <c>since</c> date costs a whole-graph computation only when it changes what is selected.
/// </summary>
internal sealed class ValidityDayIndex
{
    private static readonly int LastDay = DateOnly.MaxValue.DayNumber;

    /// <summary>Sorted distinct days (open ends as int.MinValue / int.MaxValue); null when a day outside DateOnly's range occurs.</summary>
    private readonly int[]? _starts;
    private readonly int[]? _ends;

    private ValidityDayIndex(int[]? starts, int[]? ends)
    {
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The days of every relationship in <paramref name="index"/> (each relationship has one entry per direction).</summary>
    public static ValidityDayIndex Of(AdjacencyIndex index) => new(Distinct(index.ValidFrom), Distinct(index.ValidTo));

    /// <summary>The canonical first day selecting the same relationships as <paramref name="since"/> (those ending on or after it).</summary>
    public int Since(int since)
    {
        if (_ends is null || since == int.MinValue)
            return since;
        var first = Array.BinarySearch(_ends, since);
        first = first >= 0 ? first : ~first;
        return first == 0 ? int.MinValue : first == _ends.Length ? int.MaxValue : _ends[first];
    }

    /// <summary>The canonical last day selecting the same relationships as <paramref name="until"/> (those starting on or before it).</summary>
    public int Until(int until)
    {
        if (_starts is null || until == int.MaxValue)
            return until;
        var count = Array.BinarySearch(_starts, until);
        count = count >= 0 ? count + 1 : ~count;
        return count == _starts.Length ? int.MaxValue : count == 0 ? int.MinValue : _starts[count - 1];
    }

    /// <summary>One pass marking days in a bitmap (456 KB covers every DateOnly), then the marks in order.</summary>
    private static int[]? Distinct(int[] days)
    {
        var seen = new ulong[(LastDay >> 6) + 1];
        bool openStart = false, openEnd = false;
        foreach (var day in days)
        {
            if (day == int.MinValue)
                openStart = true;
            else if (day == int.MaxValue)
                openEnd = true;
            else if ((uint)day > (uint)LastDay)
                return null;
            else
                seen[day >> 6] |= 1UL << day;
        }

        var distinct = new List<int>();
        if (openStart)
            distinct.Add(int.MinValue);
        for (var word = 0; word < seen.Length; word++)
        {
            for (var bits = seen[word]; bits != 0; bits &= bits - 1)
                distinct.Add((word << 6) + BitOperations.TrailingZeroCount(bits));
        }

        if (openEnd)
            distinct.Add(int.MaxValue);
        return [.. distinct];
    }
}
