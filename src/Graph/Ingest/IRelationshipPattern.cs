namespace KnowledgeGraph.Ingest;

/// <summary>One way a sentence states a relationship: cue words and the entities around them.</summary>
internal interface IRelationshipPattern
{
    IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document);
}
