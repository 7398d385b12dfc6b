using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Algorithms;

/// <summary>
/// Whole-graph and path algorithms stop with OperationCanceledException when their token is cancelled, before they start
/// or while they run. The mid-run cases get work that cannot finish in any reasonable time, so only cancellation ends them.
/// </summary>
public sealed class CancellationTests
{
    private static readonly Lazy<RandomGraph> Large = new(() => RandomGraph.Create(11, nodes: 30_000, edges: 300_000, dated: false));

    [Fact]
    public void Betweenness_with_a_cancelled_token_does_not_run()
    {
        var graph = RandomGraph.Create(3, nodes: 50, edges: 200);

        Assert.ThrowsAny<OperationCanceledException>(() => Betweenness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), cancellationToken: Cancelled()));
    }

    [Fact]
    public void PageRank_with_a_cancelled_token_does_not_run()
    {
        var graph = RandomGraph.Create(3, nodes: 50, edges: 200);

        Assert.ThrowsAny<OperationCanceledException>(() => PageRank.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), new PageRankOptions(), Cancelled()));
    }

    [Fact]
    public void Yen_with_a_cancelled_token_does_not_run()
    {
        var graph = RandomGraph.Create(3, nodes: 50, edges: 200);

        Assert.ThrowsAny<OperationCanceledException>(() => KShortestPaths.Find(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), 0, 1, k: 5, maxHops: 6, Cancelled()));
    }

    [Fact]
    public void Exact_betweenness_stops_when_cancelled_while_it_runs()
    {
        var graph = Large.Value;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        // Exact betweenness here is 30,000 breadth-first searches over 600,000 entries each: minutes of work.
        Assert.ThrowsAny<OperationCanceledException>(() => Betweenness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Sampled_betweenness_stops_when_cancelled_while_it_runs()
    {
        var graph = Large.Value;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        Assert.ThrowsAny<OperationCanceledException>(() => Betweenness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), samples: 20_000, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void PageRank_stops_when_cancelled_while_it_iterates()
    {
        var graph = Large.Value;
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        // A tolerance of 0 never stops the iteration early, so only the token can end int.MaxValue iterations.
        Assert.ThrowsAny<OperationCanceledException>(() => PageRank.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), new PageRankOptions(Iterations: int.MaxValue), cancellation.Token));
    }

    [Fact]
    public void Yen_stops_when_cancelled_between_spur_searches()
    {
        var graph = Large.Value;
        var all = graph.Snapshot.Filter(DateWindow.All);
        Assert.NotNull(ShortestPathSearch.Find(graph.Snapshot, all, 0, 1, maxHops: 10));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        // Two nodes of a graph with average degree 20 have far more than a million simple paths within 10 hops.
        Assert.ThrowsAny<OperationCanceledException>(() => KShortestPaths.Find(graph.Snapshot, all, 0, 1, k: 1_000_000, maxHops: 10, cancellation.Token));
    }

    private static CancellationToken Cancelled() => new(canceled: true);
}
