using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// ADOPTED and REFERS_TO around a named law, plan or declaration (a legal instrument). A state or organisation named
/// inside its name after "của"/"of" (<c>Tuyên bố … của Tổ chức Lao động quốc tế</c>) adopted it; with an adopting cue
/// (<c>sửa đổi</c>, <c>thực thi</c>, <c>adoption</c>, <c>revision</c>) so did the states the sentence names. With a
/// discussing or resting cue (<c>thảo luận</c>, <c>dựa trên</c>, <c>discussed</c>, <c>based on</c>), the event or
/// agreement the sentence names refers to it.
/// </summary>
internal sealed class InstrumentPattern(MentionLinker linker) : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var instruments = sentence.Of(EntityKind.LegalInstrument).ToList();
        if (instruments.Count == 0)
            yield break;
        var adopting = sentence.FirstOf(CuePhrases.Adopting) ?? sentence.Find(CuePhrases.Adopting, insideNames: true).FirstOrDefault(c => instruments.Any(i => i.Span.Overlaps(c.Span)));
        var referring = sentence.FirstOf(CuePhrases.Referring);
        foreach (var instrument in instruments)
        {
            foreach (var (owner, words) in linker.OwnersInside(sentence, instrument, EntityKind.Country, EntityKind.Organization))
                yield return CandidateFact.Between(RelationshipType.Adopted, owner, instrument, sentence, 0.6, $"adopted: '{words}' in the instrument's name");

            if (adopting is not null)
            {
                foreach (var state in sentence.Of(EntityKind.Country).Where(c => !instrument.Span.Overlaps(c.Span)).DistinctBy(c => c.EntityId))
                    yield return CandidateFact.Between(RelationshipType.Adopted, state, instrument, sentence, 0.5, $"adopted: '{adopting.Text}'");
            }

            if (referring is not null)
            {
                foreach (var referrer in sentence.Of(EntityKind.Event, EntityKind.Agreement, EntityKind.TradeAgreement).DistinctBy(r => r.EntityId))
                    yield return CandidateFact.Between(RelationshipType.RefersTo, referrer, instrument, sentence, 0.5, $"refers to: '{referring.Text}'");
            }
        }
    }
}
