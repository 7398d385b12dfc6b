using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// A snapshot with the cache of its whole-graph results, keyed by (algorithm, filter, parameters); the filter already
/// gives equivalent windows one key. The cache dies with the snapshot, so results never outlive the version they were
/// computed on. A result being computed is shared by every request asking for it (<see cref="SharedComputation{T}"/>).
/// </summary>
public sealed class SnapshotState(GraphSnapshot snapshot)
{
    private const int MaxCachedResults = 64;
    /// <summary>Each value a <see cref="SharedComputation{T}"/> of the result type its key's algorithm gives.</summary>
    private readonly Dictionary<string, ISharedComputation> _results = new(StringComparer.Ordinal);

    /// <summary>The snapshot the cached results were computed on.</summary>
    public GraphSnapshot Snapshot { get; } = snapshot;

    /// <summary>
    /// The scores for <paramref name="key"/>: at once when cached, else from the computation already running for it, else
    /// from a new one in a slot of <paramref name="heavy"/>.
    /// </summary>
    /// <exception cref="HeavyComputationsBusyException">The scores must be computed and every slot is taken.</exception>
    public ValueTask<double[]> ScoresAsync(string key, Func<CancellationToken, double[]> compute, HeavyComputations heavy, CancellationToken cancellationToken) =>
        ResultAsync(key, compute, heavy, cancellationToken);

    /// <summary>Like <see cref="ScoresAsync"/> for any whole-graph result; a key always names results of one type.</summary>
    /// <exception cref="HeavyComputationsBusyException">The result must be computed and every slot is taken.</exception>
    public ValueTask<T> ResultAsync<T>(string key, Func<CancellationToken, T> compute, HeavyComputations heavy, CancellationToken cancellationToken)
    {
        SharedComputation<T> entry;
        lock (_results)
        {
            var found = _results.GetValueOrDefault(key) as SharedComputation<T>;
            if (found is { IsCompletedSuccessfully: true })
                return ValueTask.FromResult(found.Result);
            if (found is null || !found.TryJoin())
            {
                if (_results.Count >= MaxCachedResults)
                    EvictCompleted();
                found = SharedComputation<T>.Start(heavy, token => Task.FromResult(compute(token)));
                found.TryJoin();
                _results[key] = found;
            }

            entry = found;
        }

        return new ValueTask<T>(entry.WaitAsync(cancellationToken));
    }

    private void EvictCompleted()
    {
        foreach (var (key, computation) in _results)
        {
            if (computation.IsCompleted)
                _results.Remove(key);
        }
    }
}
