using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// SIGNED, PARTY_TO and SIGNED_DURING around a named agreement. Its parties are the states and bodies the sentence
/// names beside it or inside its name (<c>Chương trình … Việt Nam – ILO</c>), each with the status the wording gives
/// (<see cref="AgreementWording"/>): an intended party of a planned or negotiated agreement carries that status. With a
/// signing verb and a signed wording, the people named signed it, and so did the bodies; an event named with an
/// occasion word (<c>nhân</c>, <c>during</c>) is when it was signed.
/// </summary>
internal sealed class SigningPattern(MentionLinker linker) : IRelationshipPattern
{
    /// <summary>Most words between a party and the agreement in one clause: further off, a name belongs to another clause.</summary>
    private const int PartyReach = 10;

    /// <summary>A party stands in the agreement's clause: close by, with no semicolon or other agreement between.</summary>
    private static bool Near(SentenceAnalysis sentence, EntityMention party, EntityMention agreement)
    {
        var (first, second) = party.Span.Start < agreement.Span.Start ? (party.Span, agreement.Span) : (agreement.Span, party.Span);
        return sentence.TokensBetween(first, second).Count() <= PartyReach && !sentence.Between(first, second).Contains(';');
    }

    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var agreements = sentence.Of(EntityKind.Agreement, EntityKind.TradeAgreement).Where(a => a.InferredFrom is null).ToList();
        if (agreements.Count == 0)
            yield break;
        var cue = sentence.FirstOf(CuePhrases.Signing.Concat(CuePhrases.AgreementWords))?.Text;
        var confidence = cue is null ? 0.45 : 0.7;
        var actors = sentence.Of(EntityKind.Country, EntityKind.Ministry, EntityKind.Organization).ToList();
        foreach (var agreement in agreements)
        {
            var (status, words) = AgreementWording.StatusOf(sentence, agreement);
            var properties = AgreementWording.Properties(status);
            var wording = words is null ? "no status in the wording" : $"status {status} from '{words}'";
            var signedNow = status == AgreementStatus.Signed;
            var parties = actors.Where(a => Near(sentence, a, agreement))
                .Concat(linker.Inside(sentence, agreement.Span).Where(m => m.Kind is EntityKind.Country or EntityKind.Ministry or EntityKind.Organization))
                .Where(p => !agreements.Any(a => a != agreement && a.Span.Overlaps(p.Span)))
                .DistinctBy(p => p.EntityId);
            foreach (var party in parties)
            {
                yield return CandidateFact.Between(RelationshipType.PartyTo, party, agreement, sentence, confidence, $"party: '{cue ?? agreement.Text}', {wording}", properties);
                // An organisation named in a signed agreement's name signed it (a state signs through a body, named or not).
                if (signedNow && (party.Kind == EntityKind.Organization || party.Kind != EntityKind.Country && !agreement.Span.Overlaps(party.Span)))
                    yield return CandidateFact.Between(RelationshipType.Signed, party, agreement, sentence, 0.6, $"signing: '{words}'");
            }

            // "Biên bản kỳ họp Hội nghị …", "Minutes of the … Conference": minutes are signed at the meeting they record.
            if (sentence.Tokens.First(t => t.Span.Start >= agreement.Span.Start).Lower is "biên" or "minutes")
            {
                foreach (var recorded in linker.Inside(sentence, agreement.Span).Where(m => m.Kind == EntityKind.Event).DistinctBy(m => m.EntityId))
                    yield return CandidateFact.Between(RelationshipType.SignedDuring, agreement, recorded, sentence, 0.7, $"minutes of '{recorded.Text}'");
            }

            if (WithState(sentence, agreement, document) is { } own)
                yield return CandidateFact.Between(RelationshipType.PartyTo, own, agreement, sentence, 0.55, $"party: '… với/with' a state in the agreement's name; the other side is the document's own state, {wording}", properties);

            if (signedNow)
            {
                foreach (var person in sentence.Of(EntityKind.Person))
                    yield return CandidateFact.Between(RelationshipType.Signed, person, agreement, sentence, 0.75, $"signing: '{words}'");
                var occasion = sentence.Find(CuePhrases.During).FirstOrDefault(d => d.Span.Start >= agreement.Span.End);
                foreach (var e in sentence.Of(EntityKind.Event).Where(e => occasion is not null && e.Span.Start >= occasion.Span.End && e.InferredFrom is null))
                    yield return CandidateFact.Between(RelationshipType.SignedDuring, agreement, e, sentence, 0.7, $"occasion: '{occasion!.Text}'");
                if (OpeningOccasion(sentence, agreement) is { } opening)
                    yield return CandidateFact.Between(RelationshipType.SignedDuring, agreement, opening.Event, sentence, 0.65, $"occasion: '{opening.Cue}' opening the sentence");
            }
        }
    }

    /// <summary>
    /// "Trong chuyến công tác …, X đã ký kết Y", "During the visit, …": an event, named or described, right after a
    /// word of occasion that opens the sentence is the occasion of what the sentence says was signed after it.
    /// </summary>
    private static (EntityMention Event, string Cue)? OpeningOccasion(SentenceAnalysis sentence, EntityMention agreement)
    {
        var opening = sentence.FirstOf(CuePhrases.During);
        if (opening is null || opening.FirstToken != 0)
            return null;
        var e = sentence.Of(EntityKind.Event).FirstOrDefault(m => m.Span.Start >= opening.Span.End && m.Span.End <= agreement.Span.Start);
        return e is not null && sentence.TokensBetween(opening.Span, e.Span).All(t => t.Lower is "the" or "this" or "its")
            ? (e, opening.Text)
            : null;
    }

    /// <summary>
    /// "Hiệp định … với Nhật Bản", "agreement with Japan": an agreement named as one with another state has the
    /// document's own state as its other side (inferred), unless the sentence names it.
    /// </summary>
    private EntityMention? WithState(SentenceAnalysis sentence, EntityMention agreement, DocumentContext document)
    {
        var own = "country:" + document.MainCountry;
        var with = sentence.Tokens.Where(t => t.Span.Start >= agreement.Span.Start && t.Span.End <= agreement.Span.End).FirstOrDefault(t => t.Lower is "với" or "with");
        if (with is null || sentence.Mentions.Any(m => m.EntityId == own))
            return null;
        var state = linker.Inside(sentence, agreement.Span).FirstOrDefault(m => m.Kind == EntityKind.Country && m.Span.Start >= with.Span.End);
        return state is null || state.EntityId == own
            ? null
            : new EntityMention(agreement.Span, agreement.Text, own, EntityKind.Country, "the document's own state", IngestSettings.Referred,
                InferredFrom: $"an agreement 'với/with' {state.Text}: its other side read as the state the document names most");
    }
}
