using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// COOPERATES_WITH from a cooperation cue (<c>hợp tác</c>, <c>phối hợp</c>, <c>đối tác</c>, <c>cooperation</c>): between
/// the two sides of <c>giữa A và B</c> / <c>between A and B</c>, else between the state or body named before the cue
/// and each named after it, else between the two of <c>A và B</c> / <c>A – B</c> after it (not within a list of partners).
/// A body and the state written right after it are one side, not two.
/// </summary>
internal sealed class CooperationPattern : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var cues = sentence.Find(CuePhrases.Cooperation);
        if (cues.Count == 0)
            yield break;
        var sides = Sides(sentence).ToList();
        var cue = cues[0];
        var pairs = new List<(EntityMention, EntityMention, string)>();
        foreach (var between in sentence.Find(CuePhrases.Between))
        {
            var after = sides.Where(s => s.Span.Start >= between.Span.End).Take(2).ToList();
            if (after.Count == 2)
                pairs.Add((after[0], after[1], $"'{cue.Text} {between.Text} … và/and …'"));
        }

        // The first cue with a side before it and sides after it: "Về … hợp tác song phương, Bộ tiếp tục thúc đẩy các cơ chế hợp tác … với …".
        foreach (var at in cues.Where(_ => pairs.Count == 0))
        {
            var subject = sides.LastOrDefault(s => s.Span.End <= at.Span.Start);
            var partners = sides.Where(s => s.Span.Start >= at.Span.End).ToList();
            if (subject is not null)
                pairs.AddRange(partners.Select(p => (subject, p, $"'{at.Text}'")));
        }

        if (pairs.Count == 0)
        {
            var partners = sides.Where(s => s.Span.Start >= cue.Span.End).ToList();
            if (partners.Count >= 2 && sentence.Between(partners[0].Span, partners[1].Span).Trim() is "và" or "and" or "–" or "-")
                pairs.Add((partners[0], partners[1], $"'{cue.Text} … và/and …'"));
        }

        foreach (var (a, b, reason) in pairs.Where(p => p.Item1.EntityId != p.Item2.EntityId).DistinctBy(p => (p.Item1.EntityId, p.Item2.EntityId)))
            yield return CandidateFact.Between(RelationshipType.CooperatesWith, a, b, sentence, 0.6, $"cooperation: {reason}");
    }

    /// <summary>The states and bodies named, outside agreement and event names, a body's own state folded into it.</summary>
    private static IEnumerable<EntityMention> Sides(SentenceAnalysis sentence)
    {
        EntityMention? previous = null;
        foreach (var mention in sentence.Of(EntityKind.Country, EntityKind.Ministry, EntityKind.Organization))
        {
            var ownState = previous is { Kind: EntityKind.Ministry } && mention.Kind == EntityKind.Country
                && sentence.Between(previous.Span, mention.Span).Trim().Length == 0;
            if (!ownState)
                yield return mention;
            previous = mention;
        }
    }
}
