using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Tests.Algorithms;

public sealed class KShortestPathsTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(100, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_k_paths_are_simple_distinct_in_order_and_as_short_as_brute_force_allows(int seed)
    {
        var random = new Random(seed);
        var graph = RandomGraph.Create(seed, nodes: 4 + random.Next(9), edges: random.Next(30));
        for (var query = 0; query < 15; query++)
        {
            var kinds = random.Next(4) == 0 ? Enum.GetValues<EntityKind>().Where(_ => random.Next(4) > 0).ToArray() : null;
            var filter = graph.Snapshot.Filter(RandomGraph.RandomWindow(random), RandomGraph.RandomTypes(random), kinds, (Direction)random.Next(3));
            int source = random.Next(graph.NodeCount), target = random.Next(graph.NodeCount);
            var k = 1 + random.Next(10);
            var maxHops = 1 + random.Next(6);

            var paths = KShortestPaths.Find(graph.Snapshot, filter, source, target, k, maxHops);
            var all = PathChecks.BruteForceSimplePathLengths(graph, filter, source, target, maxHops);

            Assert.Equal(all.Take(k), paths.Select(p => p.Length));
            Assert.Equal(paths.Count, paths.Select(p => string.Join(',', p.Nodes)).Distinct().Count());
            foreach (var path in paths)
                PathChecks.AssertValid(graph, filter, path, source, target, maxHops);
        }
    }
}
