using System.Collections.Concurrent;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Storage.Caching;

/// <summary>
/// The records read from the store since one reader saw it at <see cref="Version"/>. Every record here was read after
/// that, so none is older than the version; absent ids are kept too (as null), so a miss is not asked again.
/// </summary>
internal sealed class RecordGeneration(CachedGraphStore owner, long version, int capacity)
{
    private int _count;

    /// <summary>The store whose records these are: a request scope may see several stores (tests run several services).</summary>
    public CachedGraphStore Owner => owner;

    public long Version => version;

    public ConcurrentDictionary<string, Entity?> Entities { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Relationship?> Relationships { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Document?> Documents { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<RelationshipsOfKey, IReadOnlyList<Relationship>> RelationshipsOf { get; } = new();

    /// <summary>Keeps <paramref name="value"/> unless the generation is full; a full one still serves what it holds.</summary>
    public void Remember<TKey, TValue>(ConcurrentDictionary<TKey, TValue> records, TKey key, TValue value, int weight = 1)
        where TKey : notnull
    {
        if (Interlocked.Add(ref _count, weight) <= capacity)
            records[key] = value;
    }
}
