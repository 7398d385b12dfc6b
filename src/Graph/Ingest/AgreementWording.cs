using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// An agreement's status as its clause words it, by the cue nearest the agreement's name: negotiating (<c>đàm phán</c>,
/// <c>negotiate</c>, <c>dự thảo</c>), planned (<c>dự kiến</c>, <c>sẽ</c>, <c>thúc đẩy ký</c>, <c>will</c>, <c>plans</c>) or
/// signed (<c>ký</c>, <c>signed</c>), a signing verb right after a planning or negotiating word taking that word's status
/// (<c>thúc đẩy ký</c>); null when the clause does not say. A clause ends at a semicolon.
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
        if (cues.Count == 0)
            return (null, null);
        var (status, cue) = cues[0];
        // "sẽ ký", "thúc đẩy ký kết", "đàm phán và ký", "will sign": the signing is what is planned or negotiated.
        if (status == AgreementStatus.Signed && cues.FirstOrDefault(c => c.Item1 != AgreementStatus.Signed && c.c.Span.End <= cue.Span.Start
                && sentence.TokensBetween(c.c.Span, cue.Span).Count() <= 2) is { c: not null } modal)
            return (modal.Item1, $"{modal.c.Text} … {cue.Text}");
        return (status, cue.Text);
    }

    /// <summary>The relationship's properties for a status: only a planned or negotiated one is stated on PARTY_TO.</summary>
    public static Dictionary<string, string>? Properties(AgreementStatus? status) =>
        status is AgreementStatus.Planned or AgreementStatus.UnderNegotiation
            ? new Dictionary<string, string> { [GraphOntology.StatusProperty] = GraphOntology.AgreementStatuses.First(s => s.Status == status).Name }
            : null;

    private static string Between(SentenceAnalysis sentence, TextSpan a, TextSpan b) =>
        a.Start < b.Start ? sentence.Between(a, b) : sentence.Between(b, a);

    private static int Distance(SentenceAnalysis sentence, TextSpan a, TextSpan b) =>
        (a.Start < b.Start ? sentence.TokensBetween(a, b) : sentence.TokensBetween(b, a)).Count();
}
