using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

public sealed class CommunityTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(400, 20)];

    [Fact]
    public void Louvain_gives_the_same_communities_every_time_for_the_same_seed()
    {
        var graph = RandomGraph.Create(5, nodes: 300, edges: 900, dated: false);
        var filter = graph.Snapshot.Filter(DateWindow.All);

        var first = Louvain.Detect(graph.Snapshot, filter, new LouvainOptions(Seed: 3));
        var again = Louvain.Detect(graph.Snapshot, filter, new LouvainOptions(Seed: 3));

        Assert.Equal(first.Community, again.Community);
        Assert.Equal(first.Modularity, again.Modularity);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Louvain_puts_only_connected_nodes_together_and_leaves_filtered_kinds_out(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(80), edges: random.Next(200));
        var kinds = new[] { EntityKind.Country, EntityKind.Ministry, EntityKind.Person };
        var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), kinds: kinds);

        var partition = Louvain.Detect(graph.Snapshot, filter, new LouvainOptions());
        var components = WeakComponents.Label(graph.Snapshot, filter);

        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(filter.AllowsNode(v, graph.Kinds), partition.Community[v] >= 0);
            for (var w = 0; w < graph.NodeCount; w++)
            {
                if (partition.Community[v] >= 0 && partition.Community[v] == partition.Community[w])
                    Assert.Equal(components[v], components[w]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Closeness_and_harmonic_read_distances_towards_each_node_in_the_direction_walked(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 2 + random.Next(70), edges: random.Next(200));
        var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), direction: (Direction)random.Next(3));

        var closeness = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Closeness);
        var harmonic = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic);

        var (expectedCloseness, expectedHarmonic) = ReferenceCloseness(graph, filter);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            Assert.Equal(expectedCloseness[v], closeness[v], 1e-12);
            Assert.Equal(expectedHarmonic[v], harmonic[v], 1e-12);
        }
    }

    [Fact]
    public void Sampled_closeness_is_the_same_for_the_same_seed_and_exact_when_samples_cover_every_node()
    {
        var graph = RandomGraph.Create(8, nodes: 200, edges: 600, dated: false);
        var filter = graph.Snapshot.Filter(DateWindow.All);

        var first = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic, samples: 70, seed: 4);
        var again = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic, samples: 70, seed: 4);
        var covering = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic, samples: 200);
        var exact = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic);

        Assert.Equal(first, again);
        Assert.Equal(exact, covering);
        Assert.NotEqual(exact, first);
    }

    [Fact]
    public void Closeness_on_one_core_is_the_same_bits_as_on_every_core()
    {
        var graph = RandomGraph.Create(9, nodes: 700, edges: 2_000, dated: false);
        var filter = graph.Snapshot.Filter(DateWindow.All);

        var sequential = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic, maxParallelism: 1);
        var parallel = Closeness.Compute(graph.Snapshot, filter, ClosenessMeasure.Harmonic);

        Assert.Equal(sequential, parallel);
    }

    /// <summary>A breadth-first search from every node over the explicit step lists; distances counted at the node reached.</summary>
    private static (double[] Closeness, double[] Harmonic) ReferenceCloseness(RandomGraph graph, TraversalFilter filter)
    {
        var n = graph.NodeCount;
        var steps = graph.Steps(filter);
        var candidates = Enumerable.Range(0, n).Count(v => filter.AllowsNode(v, graph.Kinds));
        var distanceSum = new long[n];
        var reached = new long[n];
        var harmonic = new double[n];
        for (var s = 0; s < n; s++)
        {
            if (!filter.AllowsNode(s, graph.Kinds))
                continue;
            var distance = Enumerable.Repeat(-1, n).ToArray();
            distance[s] = 0;
            var queue = new Queue<int>([s]);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                foreach (var (w, _) in steps[v])
                {
                    if (distance[w] >= 0)
                        continue;
                    distance[w] = distance[v] + 1;
                    distanceSum[w] += distance[w];
                    reached[w]++;
                    harmonic[w] += 1.0 / distance[w];
                    queue.Enqueue(w);
                }
            }
        }

        var closeness = new double[n];
        for (var v = 0; v < n; v++)
            closeness[v] = distanceSum[v] == 0 ? 0 : (double)reached[v] / distanceSum[v] * reached[v] / (candidates - 1);
        return (closeness, harmonic);
    }
}
