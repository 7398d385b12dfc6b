using KnowledgeGraph.Model;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// A date the text states: where, its words, the partial date they give and, for a range such as 28/11-3/12/2023, its
/// end. <see cref="InferredFrom"/> is set when the text gave no year and it was taken from the document's date.
/// </summary>
public sealed record DateMention(TextSpan Span, string Text, PartialDate Date, PartialDate? End = null, string? InferredFrom = null)
{
    /// <summary>True when the year was taken from the document's date.</summary>
    public bool IsInferred => InferredFrom is not null;
}
