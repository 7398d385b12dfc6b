using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Algorithms;

/// <summary>
/// One bit per adjacency entry: may it be walked under a filter? Iterative algorithms evaluate the filter once into
/// this mask (an eighth of a byte per entry, not a copy of the graph) and then read one bit per entry per iteration.
/// </summary>
internal static class EntryMask
{
    /// <summary>Builds over the cores; cancellation is checked between the parts the entries are split into.</summary>
    public static ulong[] Build(AdjacencyIndex index, in TraversalFilter filter, uint types, byte[] nodeKinds, CancellationToken cancellationToken)
    {
        var count = index.Neighbors.Length;
        var words = new ulong[(count + 63) >> 6];
        if (types == 0)
            return words;
        var f = filter;
        var parts = Environment.ProcessorCount * 4;
        Parallel.For(0, parts, new ParallelOptions { CancellationToken = cancellationToken }, part =>
        {
            var first = (int)((long)words.Length * part / parts);
            var last = (int)((long)words.Length * (part + 1) / parts);
            for (var w = first; w < last; w++)
            {
                var bits = 0UL;
                var start = w << 6;
                var end = Math.Min(start + 64, count);
                for (var i = start; i < end; i++)
                {
                    if (f.Allows(index, types, i, nodeKinds))
                        bits |= 1UL << (i - start);
                }

                words[w] = bits;
            }
        });
        return words;
    }
}
