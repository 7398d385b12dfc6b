namespace KnowledgeGraph.Algorithms;

/// <summary>The top nodes by score, highest first, ties by lower node index; a bounded heap so it costs n log top.</summary>
public static class Ranking
{
    /// <summary>The <paramref name="top"/> highest scores among the nodes <paramref name="include"/> accepts (all when null), ranked from 1.</summary>
    public static RankedNode[] Top(ReadOnlySpan<double> scores, int top, Func<int, bool>? include = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var heap = new PriorityQueue<int, (double Score, int NegatedNode)>(top + 1);
        for (var v = 0; v < scores.Length; v++)
        {
            if (include is not null && !include(v))
                continue;
            var key = (scores[v], -v);
            if (heap.Count < top)
                heap.Enqueue(v, key);
            else if (heap.TryPeek(out _, out var smallest) && key.CompareTo(smallest) > 0)
                heap.EnqueueDequeue(v, key);
        }

        var result = new RankedNode[heap.Count];
        for (var i = result.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var node, out var key);
            result[i] = new RankedNode(i + 1, node, key.Score);
        }

        return result;
    }
}
