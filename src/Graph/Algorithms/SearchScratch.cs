namespace KnowledgeGraph.Algorithms;

/// <summary>
/// Per-thread working arrays for path searches, reused across queries so a search allocates nothing per step.
/// Marks are generation stamps: a new search takes a new stamp instead of clearing megabytes.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? t_current;

    private int _stamp;
    private int _blockStamp;

    private SearchScratch(int capacity)
    {
        Capacity = capacity;
        Visits = new SearchVisit[capacity];
        ParentNodeForward = new int[capacity];
        ParentEdgeForward = new int[capacity];
        ParentNodeBackward = new int[capacity];
        ParentEdgeBackward = new int[capacity];
        QueueForward = new int[capacity];
        QueueBackward = new int[capacity];
        Blocked = new int[capacity];
    }

    public int Capacity { get; }
    /// <summary>Both sides' mark and distance of each node side by side: a step reads one cache line, not four arrays.</summary>
    public SearchVisit[] Visits { get; }
    public int[] ParentNodeForward { get; }
    public int[] ParentEdgeForward { get; }
    public int[] ParentNodeBackward { get; }
    public int[] ParentEdgeBackward { get; }
    public int[] QueueForward { get; }
    public int[] QueueBackward { get; }

    /// <summary>Nodes a search must not enter carry the current block stamp.</summary>
    public int[] Blocked { get; }

    public static SearchScratch For(int nodeCount)
    {
        var scratch = t_current;
        if (scratch is null || scratch.Capacity < nodeCount)
            t_current = scratch = new SearchScratch(Math.Max(nodeCount, 16));
        return scratch;
    }

    public int NextStamp()
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(Visits);
            _stamp = 0;
        }

        return ++_stamp;
    }

    public int NextBlockStamp()
    {
        if (_blockStamp == int.MaxValue)
        {
            Array.Clear(Blocked);
            _blockStamp = 0;
        }

        return ++_blockStamp;
    }
}
