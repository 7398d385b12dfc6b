namespace KnowledgeGraph.Algorithms;

/// <summary>Splits nodes into contiguous ranges holding about the same number of adjacency entries, for parallel loops.</summary>
internal static class NodeRanges
{
    /// <summary>Ranges balanced on the entries of both directions, since the loops read both.</summary>
    public static (int Start, int End)[] Split(int[] offsets, int[] otherOffsets, int parts)
    {
        var nodeCount = offsets.Length - 1;
        parts = Math.Max(1, Math.Min(parts, Math.Max(1, nodeCount)));
        var ranges = new (int, int)[parts];
        long total = (long)offsets[nodeCount] + otherOffsets[nodeCount];
        var start = 0;
        for (var p = 0; p < parts; p++)
        {
            var end = p == parts - 1 ? nodeCount : FirstNodeAtOrAfter(offsets, otherOffsets, start, total * (p + 1) / parts);
            ranges[p] = (start, end);
            start = end;
        }

        return ranges;
    }

    private static int FirstNodeAtOrAfter(int[] offsets, int[] otherOffsets, int from, long entries)
    {
        int lo = from, hi = offsets.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if ((long)offsets[mid] + otherOffsets[mid] < entries)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
