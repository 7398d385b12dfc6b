using KnowledgeGraph.Algorithms;

namespace KnowledgeGraph.Tests.Algorithms.Reference;

/// <summary>
/// Our components, closeness, harmonic centrality and Louvain communities against NetworkX on the same graphs: generated
/// cooperation graphs (whole time and a window), random multigraphs with windows and type filters, and planted groups.
/// Components and both centralities must agree exactly (to rounding); Louvain finds a different split than NetworkX's
/// (another visiting order), so its modularity must come within <see cref="ModularityTolerance"/> of NetworkX's Louvain.
/// </summary>
public sealed class NetworkXAgreementTests(NetworkXAnswers reference) : IClassFixture<NetworkXAnswers>
{
    /// <summary>How far below NetworkX's Louvain modularity ours may fall on any one graph.</summary>
    private const double ModularityTolerance = 0.02;

    /// <summary>How far below it ours may fall on average over the cases.</summary>
    private const double MeanModularityTolerance = 0.005;

    [Fact]
    public void Weakly_connected_components_are_the_same_node_sets()
    {
        for (var i = 0; i < reference.Cases.Count; i++)
        {
            var c = reference.Cases[i];
            var labels = WeakComponents.Label(c.Snapshot, c.Filter);
            var ours = Enumerable.Range(0, labels.Length).GroupBy(v => labels[v]).Select(g => g.Order().ToArray()).OrderBy(g => g[0]).ToArray();
            var theirs = reference.Answers[i].Components.OrderBy(g => g[0]).ToArray();

            Assert.True(ours.Length == theirs.Length && ours.Zip(theirs).All(p => p.First.SequenceEqual(p.Second)), $"components differ on {c.Name}");
        }
    }

    [Fact]
    public void Closeness_equals_NetworkX_on_every_node() => AssertAgreement(ClosenessMeasure.Closeness, answer => answer.Closeness);

    [Fact]
    public void Harmonic_centrality_equals_NetworkX_on_every_node() => AssertAgreement(ClosenessMeasure.Harmonic, answer => answer.Harmonic);

    [Fact]
    public void Louvain_reports_the_modularity_NetworkX_gives_its_partition()
    {
        for (var i = 0; i < reference.Cases.Count; i++)
            Assert.True(Math.Abs(reference.Answers[i].ModularityOfOurs - reference.Partitions[i].Modularity) < 1e-9,
                $"{reference.Cases[i].Name}: we report {reference.Partitions[i].Modularity}, NetworkX computes {reference.Answers[i].ModularityOfOurs}");
    }

    [Fact]
    public void Louvain_modularity_comes_within_the_tolerance_of_NetworkX_Louvain()
    {
        var gaps = new List<double>();
        for (var i = 0; i < reference.Cases.Count; i++)
        {
            var gap = reference.Answers[i].LouvainModularity - reference.Partitions[i].Modularity;
            gaps.Add(gap);
            Assert.True(gap <= ModularityTolerance, $"{reference.Cases[i].Name}: NetworkX {reference.Answers[i].LouvainModularity:F4}, ours {reference.Partitions[i].Modularity:F4}");
        }

        Assert.True(gaps.Average() <= MeanModularityTolerance, $"ours falls {gaps.Average():F4} below NetworkX on average");
    }

    private void AssertAgreement(ClosenessMeasure measure, Func<ReferenceAnswer, double[]> expectedOf)
    {
        for (var i = 0; i < reference.Cases.Count; i++)
        {
            var c = reference.Cases[i];
            var expected = expectedOf(reference.Answers[i]);
            var actual = Closeness.Compute(c.Snapshot, c.Filter, measure);

            Assert.Equal(expected.Length, actual.Length);
            for (var v = 0; v < expected.Length; v++)
                Assert.True(Math.Abs(expected[v] - actual[v]) <= 1e-9 * Math.Max(1, Math.Abs(expected[v])), $"{c.Name}, node {v}: NetworkX {expected[v]}, ours {actual[v]}");
        }
    }
}
