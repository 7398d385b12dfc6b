using KnowledgeGraph.Algorithms;

namespace KnowledgeGraph.Tests.Algorithms.Reference;

/// <summary>The reference cases with our Louvain partition of each and NetworkX's answers, computed once for the test class.</summary>
public sealed class NetworkXAnswers
{
    public NetworkXAnswers()
    {
        Cases = ReferenceCase.All();
        Partitions = [.. Cases.Select(c => Louvain.Detect(c.Snapshot, c.Filter, new LouvainOptions()))];
        Answers = NetworkXReference.Answer(Cases, c => Partitions[IndexOf(c)].Community);
    }

    internal IReadOnlyList<ReferenceCase> Cases { get; }
    internal IReadOnlyList<CommunityPartition> Partitions { get; }
    internal IReadOnlyList<ReferenceAnswer> Answers { get; }

    private int IndexOf(ReferenceCase c)
    {
        for (var i = 0; i < Cases.Count; i++)
        {
            if (ReferenceEquals(Cases[i], c))
                return i;
        }

        throw new ArgumentException("not one of the cases", nameof(c));
    }
}
