using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// An agreement's status as its clause words it, by the cue nearest the agreement's name: negotiating (<c>đàm phán</c>,
/// <c>negotiate</c>, <c>dự thảo</c>), planned (<c>dự kiến</c>, <c>sẽ</c>, <c>thúc đẩy ký</c>, <c>will</c>, <c>plans</c>) or
/// signed (<c>ký</c>, <c>signed</c>); null when the clause does not say. A clause ends at a semicolon.
/// </summary>
internal static class AgreementWording
{
    public static (AgreementStatus? Status, string? Words) StatusOf(SentenceAnalysis sentence, EntityMention agreement)
    {
        var cues = sentence.Find(CuePhrases.Negotiating).Select(c => (AgreementStatus.UnderNegotiation, c))
            .Concat(sentence.Find(CuePhrases.Planned).Select(c => (AgreementStatus.Planned, c)))
            .Concat(sentence.Find(CuePhrases.Signing).Select(c => (AgreementStatus.Signed, c)))
            .Where(c => !Between(sentence, c.c.Span, agreement.Span).Contains(';'))
            .OrderBy(c => Distance(sentence, c.c.Span, agreement.Span))
            .ToList();
        return cues.Count == 0 ? (null, null) : (cues[0].Item1, cues[0].c.Text);
    }

    private static string Between(SentenceAnalysis sentence, TextSpan a, TextSpan b) =>
        a.Start < b.Start ? sentence.Between(a, b) : sentence.Between(b, a);

    private static int Distance(SentenceAnalysis sentence, TextSpan a, TextSpan b) =>
        (a.Start < b.Start ? sentence.TokensBetween(a, b) : sentence.TokensBetween(b, a)).Count();
}
