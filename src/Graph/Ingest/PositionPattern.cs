using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// HOLDS_POSITION from a title and a body around a person: title, body, person (<c>Thứ trưởng Bộ LĐ-TB&amp;XH Lê Văn
/// Thanh</c>) or person, title, body (<c>Ông Nguyễn Mạnh Cường, Vụ trưởng Vụ Hợp tác quốc tế</c>). A title with no body
/// beside it is read as a post in the body the document names most, at a lower confidence. Attested at the sentence's
/// date: the article shows the post held then, it does not say since when.
/// </summary>
internal sealed class PositionPattern : IRelationshipPattern
{
    private const int Reach = 14;

    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var titles = sentence.Find(CuePhrases.PostTitles);
        foreach (var person in sentence.Of(EntityKind.Person))
        {
            if (TitleBefore(sentence, titles, person) is { } before)
            {
                var body = Bodies(sentence, before.Span.End, person.Span.Start).LastOrDefault();
                if (Fact(sentence, document, person, before, body) is { } fact)
                    yield return fact;
            }
            else if (TitleAfter(sentence, titles, person) is { } after)
            {
                var body = Bodies(sentence, after.Span.End, int.MaxValue).FirstOrDefault(b => sentence.TokensBetween(after.Span, b.Span).Count() < 8);
                if (Fact(sentence, document, person, after, body) is { } fact)
                    yield return fact;
            }
        }
    }

    private static CandidateFact? Fact(SentenceAnalysis sentence, DocumentContext document, EntityMention person, CueMatch title, EntityMention? body)
    {
        var role = new Dictionary<string, string> { ["role"] = body is null ? title.Text : $"{title.Text} {body.Text}" };
        if (body is not null)
            return CandidateFact.Between(RelationshipType.HoldsPosition, person, body, sentence, 0.85, $"post: title '{title.Text}' with body '{body.Text}'", role);
        if (document.MainMinistry is not { } main || title.Cue.Lower[^1] is "đoàn" or "thống" or "tướng" or "president" or "thư")
            return null;
        var referred = main with { Confidence = IngestSettings.Referred, InferredFrom = $"the title '{title.Text}' names no body; read as the body the document names most, '{main.Text}'" };
        return CandidateFact.Between(RelationshipType.HoldsPosition, person, referred, sentence, 0.8, $"post: title '{title.Text}' without a body", role);
    }

    private static IEnumerable<EntityMention> Bodies(SentenceAnalysis sentence, int from, int to) =>
        sentence.Mentions.Where(m => m.Kind is EntityKind.Ministry or EntityKind.Organization or EntityKind.Country && m.Span.Start >= from && m.Span.End <= to);

    private static CueMatch? TitleBefore(SentenceAnalysis sentence, IReadOnlyList<CueMatch> titles, EntityMention person) =>
        titles.LastOrDefault(t => t.Span.End <= person.Span.Start
            && sentence.Tokens.Count(k => k.Span.Start >= t.Span.End && k.Span.End <= person.Span.Start) <= Reach
            && !sentence.Of(EntityKind.Person).Any(p => p.Span.Start > t.Span.End && p.Span.End < person.Span.Start)
            && !sentence.Between(t.Span, person.Span).Any(c => c is ';' or ':' or '(' or ')' or '“' or '"')
            && !sentence.Find(CuePhrases.Honorifics).Any(h => h.Span.Start >= t.Span.End && h.Span.End <= person.Span.Start)
            && !sentence.Of(EntityKind.Person).Any(other => other != person && IsTitleAfter(sentence, other, t)));

    private static CueMatch? TitleAfter(SentenceAnalysis sentence, IReadOnlyList<CueMatch> titles, EntityMention person) =>
        titles.FirstOrDefault(t => IsTitleAfter(sentence, person, t));

    /// <summary>"Person, Title", "Person – Title", "Person (Title": the title is the person's.</summary>
    private static bool IsTitleAfter(SentenceAnalysis sentence, EntityMention person, CueMatch title) =>
        title.Span.Start >= person.Span.End
        && sentence.Between(person.Span, title.Span) is var gap && gap.Length <= 4 && gap.Any(c => c is ',' or '–' or '-' or '(');
}
