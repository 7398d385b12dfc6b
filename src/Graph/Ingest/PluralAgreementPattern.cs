using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// PARTY_TO from a plural agreement with a list of states: "các hiệp định về bảo hiểm xã hội với Hàn Quốc, Đức, Nhật
/// Bản", "agreements on social insurance with Korea and Japan" stand for one agreement per state. Each state's is the
/// known agreement whose name holds one of the subjects written between the agreement word and "với"/"with" and the
/// state's name (one such agreement, or none is read); its parties are that state and the document's own state, with
/// the status the wording gives. Marked as inferred.
/// </summary>
internal sealed class PluralAgreementPattern(IEnumerable<Entity> known) : IRelationshipPattern
{
    /// <summary>Most words of the subjects between the agreement word and "với"/"with".</summary>
    private const int SubjectReach = 16;

    private readonly List<(Entity Agreement, string[] Names)> _agreements =
    [
        .. known.Where(e => e.Kind is EntityKind.Agreement or EntityKind.TradeAgreement)
            .Select(e => (e, e.Names.Values.Append(e.Name).Concat(e.Aliases).Select(FoldedWords.Of).ToArray())),
    ];

    private readonly Dictionary<string, Entity> _byId = known.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        foreach (var plural in sentence.Find(CuePhrases.PluralAgreements))
        {
            var with = sentence.Find(CuePhrases.With).FirstOrDefault(w => w.FirstToken > plural.LastToken && w.FirstToken - plural.LastToken <= SubjectReach);
            if (with is null)
                continue;
            var subjects = Subjects(sentence, plural.LastToken + 1, with.FirstToken);
            var own = sentence.Of(EntityKind.Country).FirstOrDefault(c => c.EntityId == "country:" + document.MainCountry)
                ?? new EntityMention(plural.Span, plural.Text, "country:" + document.MainCountry, EntityKind.Country, "the document's own state", IngestSettings.Referred,
                    InferredFrom: "the other side of an agreement 'với'/'with' a state: the state the document names most");
            foreach (var state in Listed(sentence, with))
            {
                if (Agreement(subjects, state.EntityId) is not { } agreement)
                    continue;
                var mention = new EntityMention(plural.Span, plural.Text, agreement.Id, agreement.Kind, $"plural '{plural.Text}'", IngestSettings.Referred,
                    InferredFrom: $"'{plural.Text}' with '{state.Text}' read as the known agreement on its subject with that state, '{agreement.Name}'");
                var (status, words) = AgreementWording.StatusOf(sentence, mention);
                var properties = AgreementWording.Properties(status);
                var reason = $"party: plural '{plural.Text}' with '{state.Text}', " + (words is null ? "no status in the wording" : $"status {status} from '{words}'");
                yield return CandidateFact.Between(RelationshipType.PartyTo, state, mention, sentence, 0.6, reason, properties);
                if (own.EntityId != state.EntityId)
                    yield return CandidateFact.Between(RelationshipType.PartyTo, own, mention, sentence, 0.55, reason, properties);
            }
        }
    }

    /// <summary>The subjects as folded word runs, split at commas and "và"/"and": "lao động, việc làm, bảo hiểm xã hội".</summary>
    private static List<string> Subjects(SentenceAnalysis sentence, int from, int to)
    {
        var subjects = new List<string>();
        var words = new List<string>();
        for (var i = from; i < to; i++)
        {
            var token = sentence.Tokens[i];
            var split = i > from && sentence.Between(sentence.Tokens[i - 1].Span, token.Span).Contains(',');
            // Folded, so a text written without diacritics reads the same.
            if (split || token.Folded is "va" or "and")
                Flush();
            if (token.Folded is not ("va" or "and" or "ve" or "on" or "song" or "phuong" or "bilateral"))
                words.Add(token.Folded);
        }

        Flush();
        return subjects;

        void Flush()
        {
            if (words.Count > 1)
                subjects.Add(" " + string.Join(' ', words) + " ");
            words.Clear();
        }
    }

    /// <summary>The states listed right after "với"/"with", separated by commas or "và"/"and".</summary>
    private static IEnumerable<EntityMention> Listed(SentenceAnalysis sentence, CueMatch with)
    {
        var end = with.Span;
        foreach (var mention in sentence.Mentions.Where(m => m.Span.Start >= with.Span.End))
        {
            if (mention.Kind != EntityKind.Country || KnowledgeGraph.Text.SearchText.Fold(sentence.Between(end, mention.Span)) is not ("" or "va" or "and"))
                yield break;
            yield return mention;
            end = mention.Span;
        }
    }

    private Entity? Agreement(List<string> subjects, string stateId)
    {
        if (!_byId.TryGetValue(stateId, out var state))
            return null;
        var stateNames = state.Names.Values.Append(state.Name).Concat(state.Aliases).Select(FoldedWords.Of).ToList();
        var found = _agreements
            .Where(a => a.Names.Any(n => subjects.Any(s => n.Contains(s, StringComparison.Ordinal)) && stateNames.Any(s => n.Contains(s, StringComparison.Ordinal))))
            .Select(a => a.Agreement)
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
