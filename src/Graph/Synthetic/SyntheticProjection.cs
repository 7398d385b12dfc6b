using KnowledgeGraph.Model;
using KnowledgeGraph.Projection;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Synthetic;

/// <summary>A generated graph as projection columns, without going through a store (benchmarks and edge files).</summary>
public static class SyntheticProjection
{
    /// <summary>The generator's relationships as projection columns, edge i at index i.</summary>
    public static EdgeColumns Columns(SyntheticGraphGenerator generator)
    {
        var count = generator.Spec.Relationships;
        var columns = new EdgeColumns(new int[count], new int[count], new byte[count], new int[count], new int[count]);
        foreach (var edge in generator.Edges())
        {
            var (from, to, _, _) = EdgeDays.Of(new RelationshipTime(edge.ValidFrom, edge.ValidTo, null, null));
            columns.Sources[edge.Index] = edge.From;
            columns.Targets[edge.Index] = edge.To;
            columns.Types[edge.Index] = (byte)edge.Type;
            columns.ValidFrom[edge.Index] = from;
            columns.ValidTo[edge.Index] = to;
        }

        return columns;
    }

    /// <summary>A snapshot of the columns, its nodes numbered as <paramref name="order"/> says.</summary>
    public static GraphSnapshot Build(string[] nodeIds, byte[] kinds, EdgeColumns columns, long version = 1, NodeOrder order = NodeOrder.AsGiven) =>
        SnapshotBuilder.Build(version, nodeIds, kinds, columns, RelationshipIdTable.ByRule(SyntheticEdge.IdOf), order);
}
