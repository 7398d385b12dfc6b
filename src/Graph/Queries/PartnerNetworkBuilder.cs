using KnowledgeGraph.Analytics;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Queries;

/// <summary>
/// The partner network of an actor: its partners (<see cref="PartnerFinder"/>), their partners up to
/// <c>depth</c> rounds, and every relationship that serves as evidence, with the agreements, events and affiliates
/// those relationships pass through as nodes too. Each round reads the partners of every frontier actor, so the work
/// grows with the network: it runs in a slot of <paramref name="heavy"/> and stops when the caller's token is cancelled
/// or the service stops (checked before each actor).
/// </summary>
public sealed class PartnerNetworkBuilder(IGraphStore store, HeavyComputations heavy)
{
    /// <summary>
    /// The network up to <paramref name="depth"/> rounds, stopping before it would hold more than
    /// <paramref name="maxNodes"/> entities: nearer rounds come first, and <see cref="Network.Truncated"/> says when
    /// partners were left out.
    /// </summary>
    /// <exception cref="EntityNotFoundException">No entity has the id <paramref name="actorId"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="depth"/> or <paramref name="maxNodes"/> is below 1.</exception>
    /// <exception cref="HeavyComputationsBusyException">Every heavy slot is taken.</exception>
    public async Task<Network> BuildAsync(string actorId, DateWindow window, int depth, int maxNodes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        using var computation = heavy.Start(cancellationToken);
        var token = computation.Token;
        var finder = new PartnerFinder(store);
        var visited = new HashSet<string>(StringComparer.Ordinal) { actorId };
        var nodeIds = new HashSet<string>(StringComparer.Ordinal) { actorId };
        var edges = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var frontier = new List<string> { actorId };
        var truncated = false;
        for (var round = 0; round < depth && frontier.Count > 0 && !truncated; round++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                token.ThrowIfCancellationRequested();
                foreach (var partner in await finder.FindAsync(id, window, token))
                {
                    var added = partner.Relationships.SelectMany(e => new[] { e.From, e.To }).Where(n => !nodeIds.Contains(n)).ToHashSet(StringComparer.Ordinal);
                    if (nodeIds.Count + added.Count > maxNodes)
                    {
                        truncated = true;
                        continue;
                    }

                    nodeIds.UnionWith(added);
                    foreach (var edge in partner.Relationships)
                        edges.TryAdd(edge.Id, edge);
                    if (visited.Add(partner.Entity.Id))
                        next.Add(partner.Entity.Id);
                }

                if (truncated)
                    break;
            }

            frontier = next;
        }

        var nodes = await store.GetEntitiesAsync(nodeIds, token);
        return new Network(
            nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal).ToList(),
            edges.Values.OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
            truncated);
    }
}
