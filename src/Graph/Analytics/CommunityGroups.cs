using KnowledgeGraph.Algorithms;
using KnowledgeGraph.Projection;

namespace KnowledgeGraph.Analytics;

/// <summary>
/// A partition turned into the groups a client sees, computed once per snapshot and window: only entities with a
/// relationship in the window, members in ordinal id order, groups largest first (equal sizes by first member id).
/// </summary>
internal sealed class CommunityGroups
{
    private readonly Dictionary<string, int> _groupOf;

    private CommunityGroups(Community[] all)
    {
        All = all;
        _groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < all.Length; g++)
        {
            foreach (var id in all[g].MemberIds)
                _groupOf[id] = g;
        }
    }

    public IReadOnlyList<Community> All { get; }

    public static CommunityGroups Of(GraphSnapshot graph, in TraversalFilter filter, CommunityPartition partition, CancellationToken cancellationToken)
    {
        var members = new List<string>?[partition.Count];
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if ((v & 0xFFFF) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var c = partition.Community[v];
            if (c >= 0 && graph.HasRelationshipIn(v, filter))
                (members[c] ??= []).Add(graph.NodeIds[v]);
        }

        var groups = new List<string[]>();
        foreach (var group in members)
        {
            if (group is null)
                continue;
            var ids = group.ToArray();
            Array.Sort(ids, StringComparer.Ordinal);
            groups.Add(ids);
        }

        groups.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a[0], b[0]));
        var all = new Community[groups.Count];
        for (var g = 0; g < all.Length; g++)
            all[g] = new Community(g + 1, groups[g].Length, groups[g]);
        return new CommunityGroups(all);
    }

    /// <summary>The groups holding any of <paramref name="ids"/>, in rank order, each listing only those of its members.</summary>
    public IReadOnlyList<Community> Among(IReadOnlyCollection<string> ids)
    {
        var asked = new SortedDictionary<int, List<string>>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (_groupOf.TryGetValue(id, out var g))
            {
                if (!asked.TryGetValue(g, out var list))
                    asked.Add(g, list = []);
                list.Add(id);
            }
        }

        var result = new List<Community>(asked.Count);
        foreach (var (g, list) in asked)
        {
            list.Sort(StringComparer.Ordinal);
            result.Add(All[g] with { MemberIds = list });
        }

        return result;
    }
}
