namespace KnowledgeGraph.Algorithms;

/// <summary>What the two half-searches know about one node; marks are the stamp of the search that reached it.</summary>
internal struct SearchVisit
{
    public int MarkForward;
    public int MarkBackward;
    public int DistanceForward;
    public int DistanceBackward;
}
