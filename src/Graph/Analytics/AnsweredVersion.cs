namespace KnowledgeGraph.Analytics;

/// <summary>
/// Which store version the analytics of one request answered from. A request opens a scope (<see cref="Begin"/>); every
/// analytics call inside it, however deep in its async flow, records the snapshot version it used, so the response can
/// say it even when it was answered from a previous snapshot while a newer one was being built.
/// </summary>
public sealed class AnsweredVersion
{
    private static readonly AsyncLocal<AnsweredVersion?> Current = new();
    private long _oldest = long.MaxValue;

    /// <summary>The oldest version any analytics call of the scope used; null when none ran.</summary>
    public long? Version => Interlocked.Read(ref _oldest) is var v && v == long.MaxValue ? null : v;

    /// <summary>Opens a scope for the current async flow and what it starts.</summary>
    public static AnsweredVersion Begin()
    {
        var scope = new AnsweredVersion();
        Current.Value = scope;
        return scope;
    }

    internal static void Record(long version)
    {
        if (Current.Value is not { } scope)
            return;
        long seen;
        do
        {
            seen = Interlocked.Read(ref scope._oldest);
            if (version >= seen)
                return;
        }
        while (Interlocked.CompareExchange(ref scope._oldest, version, seen) != seen);
    }
}
