using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Reads a document into candidates on the product's own knowledge (the known entities' names and aliases, the
/// ontology): splits it into sentences, links the names, proposes new people and bodies, reads the dates and runs the
/// relationship patterns. Writes nothing anywhere: the candidates are for a curator to review.
/// </summary>
public sealed class ArticleIngester
{
    private readonly IReadOnlyDictionary<string, Entity> _known;
    private readonly MentionLinker _linker;
    private readonly IRelationshipPattern[] _patterns;
    private readonly PositionPattern _positions;
    private readonly DescribedEventResolver _described;

    /// <summary>An ingester that links names to <paramref name="known"/> entities (their names, localised names and aliases).</summary>
    public ArticleIngester(IEnumerable<Entity> known)
    {
        _known = known.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var names = new NameIndex(_known.Values);
        _linker = new MentionLinker(names);
        _positions = new PositionPattern(names);
        _described = new DescribedEventResolver(_known.Values);
        _patterns = [new PartOfPattern(_linker), _positions, new EventRolePattern(_linker), new SigningPattern(_linker),
            new CooperationPattern(), new MembershipPattern(), new FundingPattern(), new InstrumentPattern(_linker), new PluralAgreementPattern(_known.Values)];
    }

    /// <summary>The sentences, new entities and candidate facts read from <paramref name="document"/>.</summary>
    public IngestResult Ingest(IngestDocument document)
    {
        var context = new DocumentContext(document, _known);
        var matchDiacritics = DocumentFacts.Language(document.Text) == "vi" || document.Language != "vi";
        var sentences = SentenceSplitter.Split(document.Text)
            .Select(s => new SentenceAnalysis(document.Text, s, Tokenizer.Tokens(document.Text, s.Span), matchDiacritics))
            .ToList();
        foreach (var sentence in sentences)
            _linker.Link(sentence);
        context.Survey(sentences);
        var finder = new NewEntityFinder(context);
        var references = new ReferenceResolver(context);
        var newEvents = new NewEventFinder(context);
        foreach (var sentence in sentences)
        {
            finder.Find(sentence);
            sentence.Dates = DateRecogniser.Find(document.Text, sentence.Sentence.Span, document.Published);
            _described.Resolve(sentence, document.Published);
            newEvents.Find(sentence);
            references.Resolve(sentence);
            Date(sentence, document);
        }

        _positions.Survey(sentences, context);
        var facts = sentences.SelectMany(s => _patterns.SelectMany(p => p.Find(s, context))).Where(f => Allowed(f, sentences[f.SentenceIndex]));
        var candidates = facts
            .GroupBy(f => Key(f))
            .Select(g => Merge(g.Key, g.ToList(), document.Id))
            .OrderBy(c => c.Facts[0].SentenceIndex).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return new IngestResult(document, sentences, [.. context.Proposed], candidates);
    }

    /// <summary>
    /// The sentence's attestation date: the first date it states outside a name, else the date of the event it names,
    /// else the document's date; none when none is known. Never a start date.
    /// </summary>
    private void Date(SentenceAnalysis sentence, IngestDocument document)
    {
        var stated = sentence.Dates.FirstOrDefault(d => !sentence.Mentions.Any(m => m.Span.Overlaps(d.Span) && m.Kind != EntityKind.Event || m.Span.Overlaps(d.Span) && m.InferredFrom is null && m.Kind == EntityKind.Event));
        if (stated is not null)
        {
            sentence.AsOf = stated.Date;
            sentence.AsOfNote = stated.InferredFrom ?? (stated.End is { } end ? $"the sentence gives '{stated.Text}', from {stated.Date} to {end}" : null);
            return;
        }

        var dated = sentence.Of(EntityKind.Event).Select(e => _known.GetValueOrDefault(e.EntityId)).FirstOrDefault(e => e?.Date is not null);
        if (dated is not null)
        {
            sentence.AsOf = dated.Date;
            sentence.AsOfNote = $"the date of the event named, {dated.Id} ({dated.Date})";
            return;
        }

        if (document.Published is { } published)
        {
            sentence.AsOf = published;
            sentence.AsOfNote = $"the sentence states no date; the document's date {published}";
        }
    }

    private static bool Allowed(CandidateFact fact, SentenceAnalysis sentence)
    {
        if (fact.From == fact.To)
            return false;
        var rule = GraphOntology.Rule(fact.Type);
        return GraphOntology.KindOfId(fact.From) is { } from && rule.From.Contains(from)
            && GraphOntology.KindOfId(fact.To) is { } to && rule.To.Contains(to);
    }

    private static (RelationshipType, string, string) Key(CandidateFact fact) =>
        fact.Type == RelationshipType.CooperatesWith && string.CompareOrdinal(fact.From, fact.To) > 0
            ? (fact.Type, fact.To, fact.From)
            : (fact.Type, fact.From, fact.To);

    private static Candidate Merge((RelationshipType Type, string From, string To) key, List<CandidateFact> facts, string documentId)
    {
        var bySentence = facts.GroupBy(f => f.SentenceIndex).Select(g => g.OrderByDescending(f => f.Confidence).First()).OrderBy(f => f.SentenceIndex).ToList();
        var id = $"rel:{IdSlug.Of(key.Type.Name().Replace('_', ' ').ToLowerInvariant())}-{IdSlug.OfId(key.From)}-{IdSlug.OfId(key.To)}-{IdSlug.Of(documentId)}";
        return new Candidate(id, key.Type, key.From, key.To, bySentence);
    }
}
