using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// The candidates the store already holds as a relationship of the same type and ends (either way for an undirected
/// type), by candidate id: accepting one would add a second relationship for a fact already in the graph, so the
/// review says so.
/// </summary>
public static class StoredMatches
{
    /// <summary>For each of <paramref name="candidates"/> the store already holds, the id of the stored relationship, by candidate id.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> FindAsync(IGraphStore store, IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => c.From, StringComparer.Ordinal))
        {
            var stored = await store.GetRelationshipsOfAsync(group.Key, RelationshipQuery.All, cancellationToken);
            foreach (var candidate in group)
            {
                var directed = GraphOntology.Rule(candidate.Type).Directed;
                var same = stored.FirstOrDefault(r => r.Type == candidate.Type
                    && (r.From == candidate.From && r.To == candidate.To || !directed && r.From == candidate.To && r.To == candidate.From));
                if (same is not null)
                    found[candidate.Id] = same.Id;
            }
        }

        return found;
    }
}
