namespace KnowledgeGraph.Algorithms;

/// <summary>Settings of a PageRank run. <see cref="Around"/> makes it personalised: every jump lands on that node.</summary>
public sealed record PageRankOptions(double Damping = 0.85, int Iterations = 20, double Tolerance = 0, int? Around = null)
{
    /// <summary>Names these settings in a cache key.</summary>
    public string Key => $"pr:{Damping}:{Iterations}:{Tolerance}:{Around}";
}
