namespace KnowledgeGraph.Storage;

/// <summary>
/// The writes this process made to its store, by the version each produced, so that the projection can be brought up to
/// date from the previous one in memory instead of reading every relationship again. A store raises its version by one
/// per committed change; a run of versions is usable only when every version in it has exactly one entry here, so a
/// write by another process (or one whose entry is not recorded yet) sends the projection back to the store.
/// </summary>
public sealed class StoreChangeJournal
{
    /// <summary>Entries kept at most; the oldest go first (a projection further behind is read from the store).</summary>
    public const int Capacity = 4_096;

    /// <summary>
    /// Relationships kept at most over all entries, so that a bulk import nobody has queried since does not stay in memory:
    /// past this, reading the store again is about as cheap as replaying the writes.
    /// </summary>
    public const int MaxRelationships = 100_000;

    private readonly Lock _gate = new();
    private readonly SortedList<long, List<StoreChange>> _byVersion = [];
    private int _relationships;

    /// <summary>The store seen through this journal: every write and deletion that changes it is recorded here.</summary>
    public IGraphStore Journaling(IGraphStore store) => new JournalingGraphStore(store, this);

    internal void Record(StoreChange change)
    {
        lock (_gate)
        {
            if (!_byVersion.TryGetValue(change.Version, out var entries))
                _byVersion.Add(change.Version, entries = []);
            entries.Add(change);
            _relationships += Size(change);
            while (_byVersion.Count > Capacity || _relationships > MaxRelationships)
                RemoveOldest();
        }
    }

    /// <summary>
    /// The changes that lead from version <paramref name="after"/> to <paramref name="upTo"/>, in order, when each version
    /// between has exactly one; otherwise false.
    /// </summary>
    internal bool TryCover(long after, long upTo, out StoreChange[] changes)
    {
        changes = [];
        if (upTo < after || upTo - after > Capacity)
            return false;
        var found = new StoreChange[upTo - after];
        lock (_gate)
        {
            for (var version = after + 1; version <= upTo; version++)
            {
                if (!_byVersion.TryGetValue(version, out var entries) || entries.Count != 1)
                    return false;
                found[version - after - 1] = entries[0];
            }
        }

        changes = found;
        return true;
    }

    /// <summary>Drops the entries a projection at <paramref name="version"/> no longer needs.</summary>
    internal void ForgetUpTo(long version)
    {
        lock (_gate)
        {
            while (_byVersion.Count > 0 && _byVersion.Keys[0] <= version)
                RemoveOldest();
        }
    }

    private void RemoveOldest()
    {
        _relationships -= _byVersion.Values[0].Sum(Size);
        _byVersion.RemoveAt(0);
    }

    private static int Size(StoreChange change) => change.Written.Count + change.Deleted.Count;
}
