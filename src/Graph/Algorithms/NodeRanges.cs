namespace KnowledgeGraph.Algorithms;

/// <summary>Splits nodes into contiguous ranges holding about the same number of adjacency entries, for parallel loops.</summary>
internal static class NodeRanges
{
    public static (int Start, int End)[] Split(int[] offsets, int parts)
    {
        var nodeCount = offsets.Length - 1;
        parts = Math.Max(1, Math.Min(parts, Math.Max(1, nodeCount)));
        var ranges = new (int, int)[parts];
        long total = offsets[nodeCount];
        var start = 0;
        for (var p = 0; p < parts; p++)
        {
            var end = p == parts - 1 ? nodeCount : FirstNodeAtOrAfter(offsets, start, total * (p + 1) / parts);
            ranges[p] = (start, end);
            start = end;
        }

        return ranges;
    }

    private static int FirstNodeAtOrAfter(int[] offsets, int from, long entries)
    {
        int lo = from, hi = offsets.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (offsets[mid] < entries)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }
}
