using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// PARTICIPATED_IN and HOSTED around a named event. Taking part: a cue of leading, co-chairing or attending
/// (<c>Trưởng đoàn</c>, <c>đồng chủ trì</c>, <c>tham dự</c>, <c>led</c>, <c>attended</c>) or "at" right before the event;
/// who takes part are the people, bodies and states the sentence names, its hosts aside. Hosting: a
/// hosting cue (<c>tổ chức</c>, <c>đăng cai</c>, <c>tại Trụ sở X</c>, <c>hosted</c>) with the body or state nearest it, or
/// an event named as a body's own (<c>Hội nghị … của Bộ X</c>). Attested at the event's date.
/// </summary>
internal sealed class EventRolePattern(MentionLinker linker) : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var events = sentence.Of(EntityKind.Event).ToList();
        if (events.Count == 0)
            yield break;
        var actors = sentence.Of(EntityKind.Country, EntityKind.Ministry, EntityKind.Organization).ToList();
        var hosts = Hosts(sentence, actors, events).Concat(OwnersInNames(sentence, events)).ToList();
        foreach (var (host, cue) in Visited(sentence, actors, document))
        {
            foreach (var e in events.Where(e => IsVisit(e, document)))
                yield return CandidateFact.Between(RelationshipType.Hosted, host, e, sentence, 0.65, $"visited: '{cue}'");
        }

        foreach (var (host, cue) in hosts)
        {
            foreach (var e in events)
                yield return CandidateFact.Between(RelationshipType.Hosted, host, e, sentence, 0.7, $"hosting: '{cue}'");
        }

        var takingPart = sentence.Find(CuePhrases.Leading.Concat(CuePhrases.Attending)).Select(c => c.Text)
            .Concat(sentence.Find(CuePhrases.At).Where(a => events.Any(e => e.Span.Start >= a.Span.End && sentence.Between(a.Span, e.Span).Trim().Length <= 6)).Select(a => a.Text + " …"))
            .Concat(events.Where(IsDescribed).Select(e => e.Text))
            .ToList();
        if (takingPart.Count == 0)
            yield break;
        var people = sentence.Of(EntityKind.Person).ToList();
        var participants = people.Concat(actors.Where(a => hosts.All(h => h.Host.EntityId != a.EntityId) && !IsOwnState(sentence, a))).ToList();
        foreach (var participant in participants.DistinctBy(p => p.EntityId))
        {
            // A description says who met or travelled, not which states took part: those are read from a name only.
            foreach (var e in events.Where(e => participant.Kind != EntityKind.Country || !IsDescribed(e)))
                yield return CandidateFact.Between(RelationshipType.ParticipatedIn, participant, e, sentence, participant.Kind == EntityKind.Person ? 0.75 : 0.6, $"taking part: '{takingPart[0]}'");
        }
    }

    private static bool IsDescribed(EntityMention e) => e.Reason.StartsWith(DescribedEventResolver.Reason, StringComparison.Ordinal);

    /// <summary>A state written right after a visiting word (<c>thăm Thổ Nhĩ Kỳ</c>, <c>visit to Laos</c>) hosts the sentence's visits.</summary>
    private static IEnumerable<(EntityMention Host, string Cue)> Visited(SentenceAnalysis sentence, List<EntityMention> actors, DocumentContext document)
    {
        if (!sentence.Of(EntityKind.Event).Any(e => IsVisit(e, document)))
            yield break;
        foreach (var cue in sentence.Find(CuePhrases.Visiting, insideNames: true))
        {
            if (actors.FirstOrDefault(a => a.Kind == EntityKind.Country && a.Span.Start >= cue.Span.End && sentence.Between(cue.Span, a.Span).Trim().Length == 0) is { } state)
                yield return (state, cue.Text);
        }
    }

    private static bool IsVisit(EntityMention e, DocumentContext document) =>
        document.Known(e.EntityId)?.Properties.GetValueOrDefault("type") == "visit";

    /// <summary>A state written right after one of its bodies (<c>Bộ LĐ-TB&amp;XH Việt Nam</c>) says whose the body is; it is not another participant.</summary>
    private static bool IsOwnState(SentenceAnalysis sentence, EntityMention mention) =>
        mention.Kind == EntityKind.Country
        && sentence.Mentions.LastOrDefault(m => m.Span.End <= mention.Span.Start) is { Kind: EntityKind.Ministry } body
        && sentence.Between(body.Span, mention.Span).Trim().Length == 0;

    /// <summary>A body named inside an event's name after "của"/"of" (<c>Hội nghị tổng kết … của Bộ X</c>) is its host.</summary>
    private IEnumerable<(EntityMention Host, string Cue)> OwnersInNames(SentenceAnalysis sentence, List<EntityMention> events)
    {
        foreach (var e in events.Where(e => e.InferredFrom is null))
        {
            foreach (var (owner, words) in linker.OwnersInside(sentence, e, EntityKind.Ministry, EntityKind.Organization))
                yield return (owner, $"'{words}' in the event's name");
        }
    }

    private static IEnumerable<(EntityMention Host, string Cue)> Hosts(SentenceAnalysis sentence, List<EntityMention> actors, List<EntityMention> events)
    {
        foreach (var cue in sentence.Find(CuePhrases.Hosting))
        {
            var after = actors.FirstOrDefault(a => a.Span.Start >= cue.Span.End && sentence.Between(cue.Span, a.Span).Trim() is { Length: <= 4 } or "of the");
            var headquarters = cue.Cue.Lower[0] is "trụ" or "headquarters";
            var host = headquarters ? after : actors.LastOrDefault(a => a.Span.End <= cue.Span.Start) ?? after;
            if (host is not null)
                yield return (host, cue.Text);
        }

        foreach (var e in events)
        {
            var owner = actors.FirstOrDefault(a => a.Span.Start >= e.Span.End && sentence.Between(e.Span, a.Span).Trim() is "của" or "of" or "of the");
            if (owner is not null)
                yield return (owner, $"{e.Text} của/of {owner.Text}");
        }
    }
}
