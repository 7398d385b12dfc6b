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
    public void Louvain_with_a_cancelled_token_does_not_run()
    {
        var graph = RandomGraph.Create(3, nodes: 50, edges: 200);

        Assert.ThrowsAny<OperationCanceledException>(() => Louvain.Detect(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), new LouvainOptions(), Cancelled()));
    }

    [Fact]
    public void Weak_components_with_a_cancelled_token_do_not_run()
    {
        var graph = RandomGraph.Create(3, nodes: 50, edges: 200);

        Assert.ThrowsAny<OperationCanceledException>(() => WeakComponents.Label(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), Cancelled()));
    }

    [Fact]
    public void Closeness_stops_when_cancelled_while_it_runs()
    {
        var graph = Large.Value;

        // Exact closeness here is 30,000 searches, 64 at a time, over 600,000 entries per level: seconds of work.
        AssertCancelledWhileRunning(token => Closeness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), ClosenessMeasure.Harmonic, cancellationToken: token));
    }

    [Fact]
    public void Exact_betweenness_stops_when_cancelled_while_it_runs()
    {
        var graph = Large.Value;

        // Exact betweenness here is 30,000 breadth-first searches over 600,000 entries each: minutes of work.
        AssertCancelledWhileRunning(token => Betweenness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), cancellationToken: token));
    }

    [Fact]
    public void Sampled_betweenness_stops_when_cancelled_while_it_runs()
    {
        var graph = Large.Value;

        AssertCancelledWhileRunning(token => Betweenness.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), samples: 20_000, cancellationToken: token));
    }

    [Fact]
    public void PageRank_stops_when_cancelled_while_it_iterates()
    {
        var graph = Large.Value;

        // A tolerance of 0 never stops the iteration early, so only the token can end int.MaxValue iterations.
        AssertCancelledWhileRunning(token => PageRank.Compute(graph.Snapshot, graph.Snapshot.Filter(DateWindow.All), new PageRankOptions(Iterations: int.MaxValue), token));
    }

    [Fact]
    public void Yen_stops_when_cancelled_between_spur_searches()
    {
        var graph = Large.Value;
        var all = graph.Snapshot.Filter(DateWindow.All);
        Assert.NotNull(ShortestPathSearch.Find(graph.Snapshot, all, 0, 1, maxHops: 10));

        // Two nodes of a graph with average degree 20 have far more than a million simple paths within 10 hops.
        AssertCancelledWhileRunning(token => KShortestPaths.Find(graph.Snapshot, all, 0, 1, k: 1_000_000, maxHops: 10, token));
    }

    private static CancellationToken Cancelled() => new(canceled: true);

    /// <summary>
    /// Runs the work on its own thread and cancels it from this one once it is under way: a timer's callback would need a
    /// thread-pool thread, and the work keeps those busy. Cancelled before it starts or while it runs, it must throw.
    /// </summary>
    private static void AssertCancelledWhileRunning(Action<CancellationToken> work)
    {
        using var cancellation = new CancellationTokenSource();
        var running = Task.Factory.StartNew(() => work(cancellation.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Thread.Sleep(50);
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => running.GetAwaiter().GetResult());
    }
}
