using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Scores an ingest against curated relationships (<see cref="ArticleScore"/>). A fact is its type and ends, both ways
/// for an undirected type; a linked name counts as good when the curators cite its entity from the same document (as
/// an end of a relationship or on an entity's own sources). New entities are proposals, not links, and are not counted.
/// </summary>
internal static class CandidateScoring
{
    public static ArticleScore Score(IngestResult result, IEnumerable<RelationshipRecord> curated, IEnumerable<EntityRecord> curatedEntities)
    {
        var id = result.Document.Id;
        var quoted = curated.Where(r => r.Sources?.Any(s => s.Document == id) == true).ToList();
        var facts = quoted.Select(r => Key(r.Type!, r.From!, r.To!)).ToHashSet();
        var proposed = result.Candidates.Select(c => Key(c.Type.Name(), c.From, c.To)).ToHashSet();
        var cited = quoted.SelectMany(r => new[] { r.From!, r.To! })
            .Concat(curatedEntities.Where(e => e.Sources?.Any(s => s.Document == id) == true).Select(e => e.Id!))
            .ToHashSet(StringComparer.Ordinal);
        var links = result.Sentences.SelectMany(s => s.Mentions).Where(m => !m.IsNew).ToList();
        return new ArticleScore(
            id, facts.Count, facts.Count(proposed.Contains), proposed.Count, proposed.Count(facts.Contains),
            links.Count, links.Count(m => cited.Contains(m.EntityId)),
            [.. facts.Where(f => !proposed.Contains(f)).Select(Describe).Order(StringComparer.Ordinal)],
            [.. proposed.Where(f => !facts.Contains(f)).Select(Describe).Order(StringComparer.Ordinal)]);
    }

    private static (string Type, string From, string To) Key(string type, string from, string to) =>
        GraphOntology.TryParseType(type, out var parsed) && !GraphOntology.Rule(parsed).Directed && string.CompareOrdinal(from, to) > 0
            ? (type, to, from)
            : (type, from, to);

    private static string Describe((string Type, string From, string To) fact) => $"{fact.Type} {fact.From} → {fact.To}";
}
