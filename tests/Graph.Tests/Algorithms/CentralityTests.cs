using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

public sealed class CentralityTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(200, 30)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void PageRank_sums_to_one_and_matches_a_reference_power_iteration(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(60), edges: random.Next(200));
        var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), direction: (Direction)random.Next(3));
        int? around = random.Next(3) == 0 ? random.Next(graph.NodeCount) : null;

        var scores = PageRank.Compute(graph.Snapshot, filter, new PageRankOptions(Iterations: 1000, Tolerance: 1e-14, Around: around));
        var expected = ReferencePageRank(graph, filter, around);

        Assert.Equal(1.0, scores.Sum(), 1e-9);
        for (var v = 0; v < graph.NodeCount; v++)
            Assert.Equal(expected[v], scores[v], 1e-6);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Exact_betweenness_matches_counting_shortest_paths_pair_by_pair(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(25), edges: random.Next(60));
        var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), direction: (Direction)random.Next(3));

        var scores = Betweenness.Compute(graph.Snapshot, filter);
        var expected = ReferenceBetweenness(graph, filter);

        for (var v = 0; v < graph.NodeCount; v++)
            Assert.Equal(expected[v], scores[v], 1e-9);
    }

    [Fact]
    public void Sampled_betweenness_is_the_same_for_the_same_seed_and_exact_when_samples_cover_every_node()
    {
        var graph = RandomGraph.Create(7, nodes: 200, edges: 600, dated: false);
        var filter = graph.Snapshot.Filter(DateWindow.All);

        var first = Betweenness.Compute(graph.Snapshot, filter, samples: 50, seed: 9);
        var again = Betweenness.Compute(graph.Snapshot, filter, samples: 50, seed: 9);
        var covering = Betweenness.Compute(graph.Snapshot, filter, samples: 200);
        var exact = Betweenness.Compute(graph.Snapshot, filter);

        Assert.Equal(first, again);
        Assert.Equal(exact, covering);
        Assert.NotEqual(exact, first);
    }

    [Fact]
    public void Betweenness_on_one_core_is_the_same_bits_as_on_every_core()
    {
        var graph = RandomGraph.Create(12, nodes: 400, edges: 1_500, dated: false);
        var filter = graph.Snapshot.Filter(DateWindow.All);

        var sequential = Betweenness.Compute(graph.Snapshot, filter, maxParallelism: 1);
        var parallel = Betweenness.Compute(graph.Snapshot, filter);

        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Degree_counts_every_walkable_relationship_end(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(40), edges: random.Next(150));
        var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), direction: (Direction)random.Next(3));

        var degree = Degree.Count(graph.Snapshot, filter);

        var steps = graph.Steps(filter);
        Assert.Equal(steps.Select(s => s.Count), degree);
    }

    [Fact]
    public void Ranking_returns_the_top_scores_highest_first_with_ties_by_node()
    {
        var ranked = Ranking.Top([0.1, 0.5, 0.5, 0.2, 0.9], top: 3);

        Assert.Equal([(1, 4), (2, 1), (3, 2)], ranked.Select(r => (r.Rank, r.Node)));
    }

    /// <summary>Textbook power iteration over an explicit transition list until it stops moving.</summary>
    private static double[] ReferencePageRank(RandomGraph graph, TraversalFilter filter, int? around)
    {
        const double damping = 0.85;
        var n = graph.NodeCount;
        var steps = graph.Steps(filter);
        var teleport = Enumerable.Range(0, n).Select(v => around is null ? 1.0 / n : v == around ? 1.0 : 0.0).ToArray();
        var rank = (double[])teleport.Clone();
        for (var iteration = 0; iteration < 5000; iteration++)
        {
            var next = new double[n];
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (steps[v].Count == 0)
                    dangling += rank[v];
                foreach (var (w, _) in steps[v])
                    next[w] += damping * rank[v] / steps[v].Count;
            }

            for (var v = 0; v < n; v++)
                next[v] += (1 - damping + damping * dangling) * teleport[v];
            var change = next.Zip(rank, (a, b) => Math.Abs(a - b)).Sum();
            rank = next;
            if (change < 1e-15)
                break;
        }

        return rank;
    }

    /// <summary>For every ordered pair (s, t), the share of shortest s-t walks through each v; halved when undirected.</summary>
    private static double[] ReferenceBetweenness(RandomGraph graph, TraversalFilter filter)
    {
        var n = graph.NodeCount;
        var steps = graph.Steps(filter);
        var distance = new int[n][];
        var count = new double[n][];
        for (var s = 0; s < n; s++)
        {
            distance[s] = Enumerable.Repeat(-1, n).ToArray();
            count[s] = new double[n];
            distance[s][s] = 0;
            count[s][s] = 1;
            var queue = new Queue<int>([s]);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var (w, _) in steps[v])
                {
                    if (distance[s][w] < 0)
                    {
                        distance[s][w] = distance[s][v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[s][w] == distance[s][v] + 1)
                        count[s][w] += count[s][v];
                }
            }
        }

        var result = new double[n];
        for (var s = 0; s < n; s++)
        for (var t = 0; t < n; t++)
        for (var v = 0; v < n; v++)
        {
            if (s == t || v == s || v == t || distance[s][t] <= 0 || distance[s][v] < 0 || distance[v][t] < 0)
                continue;
            if (distance[s][v] + distance[v][t] == distance[s][t])
                result[v] += count[s][v] * count[v][t] / count[s][t];
        }

        var scale = filter.Direction == Direction.Both ? 0.5 : 1.0;
        return result.Select(x => x * scale).ToArray();
    }
}
