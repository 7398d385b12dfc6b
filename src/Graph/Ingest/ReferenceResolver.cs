using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Reads what a sentence refers to without naming it, marked as inferred: a bare <c>Bộ</c> or <c>the Ministry</c> is the
/// body the document names most; a bare <c>Hội nghị</c>, <c>the meeting</c> is the event so named that the document names
/// most; a sentence that tells who took part or led without naming an event continues the event of
/// the sentence before; "hai Bộ", "the two countries" are the two bodies or states the document names most.
/// </summary>
internal sealed class ReferenceResolver(DocumentContext document)
{
    public void Resolve(SentenceAnalysis sentence)
    {
        ResolvePair(sentence, CuePhrases.TwoBodies, document.TwoMinistries);
        ResolvePair(sentence, CuePhrases.TwoStates, document.TwoCountries);
        ResolveBody(sentence);
        ResolveEvents(sentence);
        sentence.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        document.SawEvents(sentence.Of(EntityKind.Event).Where(m => m.InferredFrom is null));
    }

    /// <summary>"hai Bộ", "the two countries": the two of that kind the document names most, both at the words' place.</summary>
    private static void ResolvePair(SentenceAnalysis sentence, Cue[] words, IReadOnlyList<EntityMention> pair)
    {
        if (pair.Count < 2)
            return;
        // Inside names too: "Thỏa thuận hợp tác giữa hai Bộ" names the two as its parties.
        foreach (var cue in sentence.Find(words, insideNames: true))
        {
            foreach (var side in pair)
                sentence.Mentions.Add(new EntityMention(
                    cue.Span, cue.Text, side.EntityId, side.Kind, $"'{cue.Text}'", IngestSettings.Referred,
                    InferredFrom: $"'{cue.Text}' read as the two the document names most, '{pair[0].Text}' and '{pair[1].Text}'"));
        }
    }

    private void ResolveBody(SentenceAnalysis sentence)
    {
        if (document.MainMinistry is not { } main)
            return;
        var tokens = sentence.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var bare = tokens[i].Text == "Bộ" && (i + 1 == tokens.Count || !tokens[i + 1].IsCapitalised && tokens[i + 1].Lower != "trưởng")
                || tokens[i].Lower == "ministry" && i > 0 && tokens[i - 1].Lower == "the" && (i + 1 == tokens.Count || tokens[i + 1].Lower != "of");
            if (!bare || sentence.Mentions.Any(m => m.Span.Overlaps(tokens[i].Span)))
                continue;
            if (i > 0 && tokens[i - 1].Lower is "hai" or "các" or "two" or "both")
                continue;
            sentence.Mentions.Add(new EntityMention(
                tokens[i].Span, tokens[i].Text, main.EntityId, EntityKind.Ministry, $"bare '{tokens[i].Text}'", IngestSettings.Referred,
                InferredFrom: $"'{tokens[i].Text}' without a name read as the body the document names most, '{main.Text}'"));
        }
    }

    /// <summary>A head word followed by more of a name (<c>diễn đàn hợp tác đa phương</c>) names some other thing; alone it refers back.</summary>
    private static bool StandsAlone(SentenceAnalysis sentence, CueMatch head)
    {
        var next = head.LastToken + 1;
        if (next >= sentence.Tokens.Count)
            return true;
        return sentence.Between(sentence.Tokens[head.LastToken].Span, sentence.Tokens[next].Span).Trim().Length > 0
            || CuePhrases.NameStops.Contains(sentence.Tokens[next].Lower);
    }

    private EntityMention? _previousEvent;

    private void ResolveEvents(SentenceAnalysis sentence)
    {
        var previous = _previousEvent;
        _previousEvent = null;
        ResolveEventHeads(sentence);
        var named = sentence.Of(EntityKind.Event).FirstOrDefault();
        if (named is null && previous is not null && sentence.FirstOf(CuePhrases.Leading.Concat(CuePhrases.Attending)) is { } cue)
        {
            sentence.Mentions.Add(new EntityMention(
                cue.Span, cue.Text, previous.EntityId, EntityKind.Event, $"'{cue.Text}' with no event named", IngestSettings.Referred,
                InferredFrom: $"'{cue.Text}' names no event; read as the event of the sentence before, '{previous.Text}'"));
            named = previous;
        }

        _previousEvent = named;
    }

    private void ResolveEventHeads(SentenceAnalysis sentence)
    {
        foreach (var head in sentence.Find(CuePhrases.EventHeads))
        {
            var folded = string.Concat(head.Cue.Folded);
            if (!StandsAlone(sentence, head))
                continue;
            if (document.EventHeaded(folded) is not { } earlier || sentence.Of(EntityKind.Event).Any(e => e.EntityId == earlier.EntityId))
                continue;
            sentence.Mentions.Add(new EntityMention(
                head.Span, head.Text, earlier.EntityId, EntityKind.Event, $"bare '{head.Text}'", IngestSettings.Referred,
                InferredFrom: $"'{head.Text}' without a name read as the event so named that the document names most, '{earlier.Text}'"));
        }
    }
}
