using System.Collections.Concurrent;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// A snapshot with the cache of its whole-graph results, keyed by (algorithm, window/filter, parameters).
/// The cache dies with the snapshot, so results never outlive the version they were computed on.
/// </summary>
internal sealed class SnapshotState(GraphSnapshot snapshot)
{
    private const int MaxCachedResults = 64;
    private readonly ConcurrentDictionary<string, Lazy<double[]>> _results = new(StringComparer.Ordinal);

    public GraphSnapshot Snapshot { get; } = snapshot;

    /// <summary>The cached scores for <paramref name="key"/>, computing them once even under concurrent requests.</summary>
    public double[] Scores(string key, Func<double[]> compute)
    {
        if (_results.Count >= MaxCachedResults && !_results.ContainsKey(key))
            _results.Clear();
        var entry = _results.GetOrAdd(key, _ => new Lazy<double[]>(compute, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return entry.Value;
        }
        catch
        {
            _results.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }
}
