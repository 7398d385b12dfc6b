using System.Text.Json;
using KnowledgeGraph.Import;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// An ingest's candidates as an import batch (the document with its text, the new entities, the relationships, each
/// source quoting its sentence verbatim with its attestation date) and its review file (<see cref="CandidateReview"/>).
/// The batch is what <c>kg import</c> and <c>/curate</c> take: validated all or nothing like any other.
/// </summary>
public sealed record CandidateBatch(DocumentRecord Document, IReadOnlyList<EntityRecord> Entities, IReadOnlyList<RelationshipRecord> Relationships, CandidateReview Review)
{
    /// <param name="stored">Candidates the store already holds, by candidate id (<see cref="StoredMatches"/>); none when not given.</param>
    public static CandidateBatch From(IngestResult result, string batchFileName, IReadOnlyDictionary<string, string>? stored = null)
    {
        var document = result.Document;
        var sentences = result.Sentences;
        SourceRecord Quote(int sentence, string? asOf = null, string? note = null) =>
            new() { Document = document.Id, Quote = sentences[sentence].Sentence.Text, Language = document.Language, AsOf = asOf, Note = note };

        var entities = result.NewEntities.Select(e => new EntityRecord
        {
            Id = e.Id,
            Kind = e.Kind.Name(),
            Name = e.Name,
            Names = new Dictionary<string, string> { [document.Language] = e.Name },
            Aliases = [],
            Properties = [],
            Sources = [Quote(e.SentenceIndex)],
        }).ToList();
        var relationships = result.Candidates.Select(c => new RelationshipRecord
        {
            Id = c.Id,
            Type = c.Type.Name(),
            From = c.From,
            To = c.To,
            Properties = c.Facts[0].Properties is { } properties ? new Dictionary<string, string>(properties) : [],
            Sources = [.. c.Facts.Select(f => Quote(f.SentenceIndex, f.AsOf?.ToString(), f.AsOfNote))],
        }).ToList();
        var review = new CandidateReview(
            document.Id, batchFileName, document.Detected,
            [.. sentences.Select(s => new ReviewSentence(s.Sentence.Index, s.Sentence.Span.Start, s.Sentence.Span.End))],
            [.. sentences.SelectMany(s => s.Mentions.Select(m => new ReviewMention(s.Sentence.Index, m.Span.Start, m.Span.End, m.Text, m.EntityId, m.Reason, m.Confidence, m.IsNew, m.InferredFrom)))],
            [
                .. result.NewEntities.Select(e => new ReviewRecord(e.Id, "entity", e.Confidence, [new ReviewEvidence(e.SentenceIndex, e.Confidence, e.Reason)])),
                .. result.Candidates.Select(c => new ReviewRecord(
                    c.Id, "relationship", c.Confidence, [.. c.Facts.Select(f => new ReviewEvidence(f.SentenceIndex, f.Confidence, f.Reason))], stored?.GetValueOrDefault(c.Id))),
            ]);
        return new CandidateBatch(document.Catalogue.ToRecord(), entities, relationships, review);
    }

    /// <summary>The batch as import JSON: <c>{"documents": [...], "entities": [...], "relationships": [...]}</c>.</summary>
    public string BatchJson() => JsonSerializer.Serialize(new { documents = new[] { Document }, entities = Entities, relationships = Relationships }, GraphJson.Options);

    /// <summary>The review file as JSON (<see cref="CandidateReview"/>).</summary>
    public string ReviewJson() => JsonSerializer.Serialize(Review, GraphJson.Options);
}
