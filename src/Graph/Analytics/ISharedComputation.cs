namespace KnowledgeGraph.Analytics;

/// <summary>What a cache of <see cref="SharedComputation{T}"/>s of different result types needs to evict finished ones.</summary>
internal interface ISharedComputation
{
    bool IsCompleted { get; }
}
