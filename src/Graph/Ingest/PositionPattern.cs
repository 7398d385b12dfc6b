using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// HOLDS_POSITION from a title and a body around a person: title, body, person (<c>Thứ trưởng Bộ LĐ-TB&amp;XH Lê Văn
/// Thanh</c>), person, title, body (<c>Ông Nguyễn Mạnh Cường, Vụ trưởng Vụ Hợp tác quốc tế</c>), or an English
/// "Minister of X" naming the body "Ministry of X". A title with no body beside it is read as the post the document
/// gives the same person elsewhere, else (a ministry's titles only, not a head of state's) as a post in the body the
/// document names most, at a lower confidence. Attested at the sentence's date: the article shows the post held then,
/// it does not say since when.
/// </summary>
internal sealed class PositionPattern(NameIndex index) : IRelationshipPattern
{
    private const int Reach = 14;

    /// <summary>Records the posts the document states with their body, so a bare title elsewhere can be read by them.</summary>
    public void Survey(IEnumerable<SentenceAnalysis> sentences, DocumentContext document)
    {
        foreach (var sentence in sentences)
        {
            foreach (var (person, _, body) in Readings(sentence))
            {
                if (body is not null)
                    document.StatePost(person.EntityId, body);
            }
        }
    }

    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        foreach (var (person, title, body) in Readings(sentence))
        {
            var role = new Dictionary<string, string> { ["role"] = body is null ? title.Text : $"{title.Text} {body.Text}" };
            if (body is not null)
            {
                yield return CandidateFact.Between(RelationshipType.HoldsPosition, person, body, sentence, 0.85, $"post: title '{title.Text}' with body '{body.Text}'", role);
                continue;
            }

            if (document.PostOf(person.EntityId) is { } stated)
            {
                var elsewhere = stated with { Confidence = IngestSettings.Referred, InferredFrom = $"the title '{title.Text}' names no body; read as the post the document gives {person.Text} elsewhere, '{stated.Text}'" };
                yield return CandidateFact.Between(RelationshipType.HoldsPosition, person, elsewhere, sentence, 0.9, $"post: title '{title.Text}' without a body", role);
            }
            else if (document.MainMinistry is { } main && !CuePhrases.StateTitles.Contains(title.Cue.Phrase))
            {
                var referred = main with { Confidence = IngestSettings.Referred, InferredFrom = $"the title '{title.Text}' names no body; read as the body the document names most, '{main.Text}'" };
                yield return CandidateFact.Between(RelationshipType.HoldsPosition, person, referred, sentence, 0.8, $"post: title '{title.Text}' without a body", role);
            }
        }
    }

    private IEnumerable<(EntityMention Person, CueMatch Title, EntityMention? Body)> Readings(SentenceAnalysis sentence)
    {
        var titles = sentence.Find(CuePhrases.PostTitles);
        foreach (var person in sentence.Of(EntityKind.Person))
        {
            if (TitleBefore(sentence, titles, person) is { } before)
                yield return (person, before, Bodies(sentence, before.Span.End, person.Span.Start).LastOrDefault() ?? MinistryOf(sentence, before, person.Span.Start));
            else if (TitleAfter(sentence, titles, person) is { } after)
                yield return (person, after, Bodies(sentence, after.Span.End, int.MaxValue).FirstOrDefault(b => sentence.TokensBetween(after.Span, b.Span).Count() < 8)
                    ?? MinistryOf(sentence, after, int.MaxValue));
        }
    }

    /// <summary>"Minister of Labour, Invalids and Social Affairs" names the body known as "Ministry of Labour, Invalids and Social Affairs".</summary>
    private EntityMention? MinistryOf(SentenceAnalysis sentence, CueMatch title, int before)
    {
        if (title.Cue.Lower[^1] != "minister" || title.LastToken + 1 >= sentence.Tokens.Count || sentence.Tokens[title.LastToken + 1].Lower != "of")
            return null;
        var folded = "ministry";
        EntityMention? found = null;
        for (var i = title.LastToken + 1; i < sentence.Tokens.Count && sentence.Tokens[i].Span.End <= before && i <= title.LastToken + IngestSettings.LongestBodyName; i++)
        {
            folded += sentence.Tokens[i].Folded;
            var names = index.Lookup(folded);
            if (names.Count > 0 && names.All(n => n.EntityId == names[0].EntityId) && names[0].Kind == EntityKind.Ministry)
            {
                var span = new TextSpan(sentence.Tokens[title.FirstToken].Span.Start, sentence.Tokens[i].Span.End);
                found = new EntityMention(span, span.Of(sentence.DocumentText), names[0].EntityId, EntityKind.Ministry,
                    $"'{span.Of(sentence.DocumentText)}' read as the {names[0].Which} '{names[0].Form}'", IngestSettings.KnownShortName);
            }
        }

        return found;
    }

    private static IEnumerable<EntityMention> Bodies(SentenceAnalysis sentence, int from, int to) =>
        sentence.Mentions.Where(m => m.Kind is EntityKind.Ministry or EntityKind.Organization or EntityKind.Country && m.Span.Start >= from && m.Span.End <= to);

    private static CueMatch? TitleBefore(SentenceAnalysis sentence, IReadOnlyList<CueMatch> titles, EntityMention person) =>
        titles.LastOrDefault(t => t.Span.End <= person.Span.Start
            && sentence.Tokens.Count(k => k.Span.Start >= t.Span.End && k.Span.End <= person.Span.Start) <= Reach
            && !sentence.Of(EntityKind.Person).Any(p => p.Span.Start > t.Span.End && p.Span.End < person.Span.Start)
            && !sentence.Between(t.Span, person.Span).Any(c => c is ';' or ':' or '(' or ')' or '“' or '"')
            && !sentence.Of(EntityKind.Person).Any(other => other != person && IsTitleAfter(sentence, other, t)));

    private static CueMatch? TitleAfter(SentenceAnalysis sentence, IReadOnlyList<CueMatch> titles, EntityMention person) =>
        titles.FirstOrDefault(t => IsTitleAfter(sentence, person, t));

    /// <summary>"Person, Title", "Person – Title", "Person (Title": the title is the person's.</summary>
    private static bool IsTitleAfter(SentenceAnalysis sentence, EntityMention person, CueMatch title) =>
        title.Span.Start >= person.Span.End
        && sentence.Between(person.Span, title.Span) is var gap && gap.Length <= 4 && gap.Any(c => c is ',' or '–' or '-' or '(');
}
