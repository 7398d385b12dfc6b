using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Projection;

/// <summary>
/// An immutable, compact in-memory projection of the graph at one store version: CSR adjacency in both directions with
/// each entry's relationship type and validity as day numbers, and the way back to stored ids. Algorithms read only this.
/// A write raises the store version and a new snapshot replaces this one; readers holding this one are never disturbed.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Lazy<Dictionary<string, int>> _nodeIndex;
    private readonly Lazy<ValidityDayIndex> _validityDays;

    internal GraphSnapshot(long version, string[] nodeIds, byte[] nodeKinds, AdjacencyIndex outgoing, AdjacencyIndex incoming, RelationshipIdTable relationshipIds, uint undirectedTypes)
    {
        Version = version;
        NodeIds = nodeIds;
        NodeKinds = nodeKinds;
        Out = outgoing;
        In = incoming;
        RelationshipIds = relationshipIds;
        UndirectedTypes = undirectedTypes;
        _nodeIndex = new Lazy<Dictionary<string, int>>(BuildNodeIndex);
        _validityDays = new Lazy<ValidityDayIndex>(() => ValidityDayIndex.Of(Out));
    }

    /// <summary>The store version this snapshot was read at.</summary>
    public long Version { get; }

    /// <summary>How many nodes the snapshot holds.</summary>
    public int NodeCount => NodeIds.Length;

    /// <summary>How many relationships the snapshot holds.</summary>
    public int EdgeCount => Out.Neighbors.Length;

    /// <summary>Each node's stored entity id, by node index.</summary>
    public string[] NodeIds { get; }

    /// <summary>Each node's <see cref="EntityKind"/> as a byte.</summary>
    public byte[] NodeKinds { get; }

    /// <summary>Entries by source node: the relationships a node points from.</summary>
    internal AdjacencyIndex Out { get; }

    /// <summary>Entries by target node: the relationships pointing at a node.</summary>
    internal AdjacencyIndex In { get; }

    internal RelationshipIdTable RelationshipIds { get; }

    /// <summary>Bit per <see cref="RelationshipType"/> that has no direction (followed both ways in every mode).</summary>
    public uint UndirectedTypes { get; }

    /// <summary>Bytes held by the arrays (ids of nodes and relationships counted as references only).</summary>
    public long SizeInBytes => Out.SizeInBytes + In.SizeInBytes + NodeKinds.LongLength + NodeIds.LongLength * IntPtr.Size + RelationshipIds.SizeInBytes;

    /// <summary>Average bytes held per relationship (<see cref="SizeInBytes"/> over <see cref="EdgeCount"/>).</summary>
    public double BytesPerRelationship => EdgeCount == 0 ? 0 : (double)SizeInBytes / EdgeCount;

    /// <summary>Each relationship once, as its source and target node numbers, by source node: an edge list of the projection.</summary>
    public IEnumerable<(int Source, int Target)> EdgeEnds()
    {
        for (var v = 0; v < NodeCount; v++)
        {
            for (int i = Out.Offsets[v], end = Out.Offsets[v + 1]; i < end; i++)
                yield return (v, Out.Neighbors[i]);
        }
    }

    /// <summary>The node index of entity <paramref name="id"/>, when the snapshot holds it.</summary>
    public bool TryGetNode(string id, out int node) => _nodeIndex.Value.TryGetValue(id, out node);

    /// <summary>
    /// A filter for a window (its days and evidence reading), relationship types (null = all) and entity kinds (null = all),
    /// walking <paramref name="direction"/>.
    /// </summary>
    /// <remarks>
    /// The window's ends are moved onto the nearest validity days that occur in this snapshot (<see cref="ValidityDayIndex"/>):
    /// windows that select the same relationships get equal filters, hence equal <see cref="TraversalFilter.Key"/>s.
    /// </remarks>
    public TraversalFilter Filter(DateWindow window, IReadOnlyCollection<RelationshipType>? types = null, IReadOnlyCollection<EntityKind>? kinds = null, Direction direction = Direction.Both)
    {
        var typeMask = types is null ? uint.MaxValue : 0u;
        if (types is not null)
        {
            foreach (var type in types)
                typeMask |= 1u << (int)type;
        }

        var kindMask = kinds is null ? TraversalFilter.AllKinds : 0u;
        if (kinds is not null)
        {
            foreach (var kind in kinds)
                kindMask |= 1u << (int)kind;
        }

        var outTypes = direction == Direction.Incoming ? typeMask & UndirectedTypes : typeMask;
        var inTypes = direction == Direction.Outgoing ? typeMask & UndirectedTypes : typeMask;
        var since = SinceDay(window);
        var until = UntilDay(window);
        var possible = window.Evidence == EvidenceMode.Possible;

        // The day index holds the evidence spans' days; a POSSIBLE window compares stated days, so it is left as asked.
        if (!possible && (since != int.MinValue || until != int.MaxValue))
        {
            since = _validityDays.Value.Since(since);
            until = _validityDays.Value.Until(until);
        }

        return new TraversalFilter(since, until, outTypes, inTypes, kindMask, direction, possible);
    }

    /// <summary>True when some relationship of <paramref name="node"/>, in either direction, passes <paramref name="filter"/>'s types and window.</summary>
    internal bool HasRelationshipIn(int node, TraversalFilter filter)
    {
        for (var i = Out.Offsets[node]; i < Out.Offsets[node + 1]; i++)
        {
            if (filter.AllowsEdge(Out, filter.OutTypes, i))
                return true;
        }

        for (var i = In.Offsets[node]; i < In.Offsets[node + 1]; i++)
        {
            if (filter.AllowsEdge(In, filter.InTypes, i))
                return true;
        }

        return false;
    }

    /// <summary>The window's first day as a day number; <see cref="int.MinValue"/> when open.</summary>
    public static int SinceDay(DateWindow window) => window.From == DateOnly.MinValue ? int.MinValue : window.From.DayNumber;

    /// <summary>The window's last day as a day number; <see cref="int.MaxValue"/> when open.</summary>
    public static int UntilDay(DateWindow window) => window.To == DateOnly.MaxValue ? int.MaxValue : window.To.DayNumber;

    private Dictionary<string, int> BuildNodeIndex()
    {
        var index = new Dictionary<string, int>(NodeIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < NodeIds.Length; i++)
            index[NodeIds[i]] = i;
        return index;
    }
}
