namespace KnowledgeGraph.Algorithms;

/// <summary>A path found in a projection: <see cref="Nodes"/> has one more element than <see cref="Edges"/>; edge i joins nodes i and i+1.</summary>
public sealed record GraphPath(int[] Nodes, int[] Edges)
{
    /// <summary>Hops on the path.</summary>
    public int Length => Edges.Length;
}
