using KnowledgeGraph.Import;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.Curate;

/// <summary>Records a review on the accepted records: every source citing a document of the batch gets who accepted it and when.</summary>
internal static class Review
{
    public static void Stamp(RecordBatch records, string reviewer, DateTimeOffset at)
    {
        var documents = records.Documents.Select(d => d.Record.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var time = ReviewTime.Format(at);
        List<SourceRecord>? Stamped(List<SourceRecord>? sources) =>
            sources?.Select(s => s.Document is { } id && documents.Contains(id) ? s with { ReviewedBy = reviewer, ReviewedAt = time } : s).ToList();
        for (var i = 0; i < records.Entities.Count; i++)
            records.Entities[i] = records.Entities[i] with { Record = records.Entities[i].Record with { Sources = Stamped(records.Entities[i].Record.Sources) } };
        for (var i = 0; i < records.Relationships.Count; i++)
            records.Relationships[i] = records.Relationships[i] with { Record = records.Relationships[i].Record with { Sources = Stamped(records.Relationships[i].Record.Sources) } };
    }
}
