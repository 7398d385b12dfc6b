using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// FUNDS from a funding cue about money (<c>tài trợ</c>, <c>viện trợ</c>, <c>provided … USD</c>): the state or body named
/// before the cue funds the first one named after it.
/// </summary>
internal sealed class FundingPattern : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var cue = sentence.FirstOf(CuePhrases.Funding);
        if (cue is null || !sentence.Has(CuePhrases.Money))
            yield break;
        var actors = sentence.Of(EntityKind.Country, EntityKind.Ministry, EntityKind.Organization).ToList();
        var funder = actors.LastOrDefault(a => a.Span.End <= cue.Span.Start);
        var recipient = actors.FirstOrDefault(a => a.Span.Start >= cue.Span.End && a.EntityId != funder?.EntityId);
        if (funder is not null && recipient is not null)
            yield return CandidateFact.Between(RelationshipType.Funds, funder, recipient, sentence, 0.6, $"funding: '{cue.Text}' with an amount");
    }
}
