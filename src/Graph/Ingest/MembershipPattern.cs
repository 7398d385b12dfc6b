using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// MEMBER_OF from a membership cue (<c>thành viên</c>, <c>gia nhập</c>, <c>diễn đàn</c>, <c>member</c>): each state the
/// sentence names is a member of each organisation named after the cue. Attested at the sentence's date, never as an
/// accession date.
/// </summary>
internal sealed class MembershipPattern : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var cue = sentence.FirstOf(CuePhrases.Membership);
        if (cue is null)
            yield break;
        var members = sentence.Of(EntityKind.Country).DistinctBy(c => c.EntityId).ToList();
        foreach (var organisation in sentence.Of(EntityKind.Organization).Where(o => o.Span.Start >= cue.Span.End).DistinctBy(o => o.EntityId))
        {
            foreach (var member in members)
                yield return CandidateFact.Between(RelationshipType.MemberOf, member, organisation, sentence, 0.6, $"membership: '{cue.Text}'");
        }
    }
}
