using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// An agreement's status as a sentence words it: negotiating (<c>đàm phán</c>, <c>negotiate</c>, <c>dự thảo</c>), planned
/// (<c>dự kiến</c>, <c>sẽ</c>, <c>thúc đẩy ký</c>, <c>will</c>, <c>plans</c>), else signed when a signing verb stands
/// (<c>ký</c>, <c>signed</c>); null when the wording does not say.
/// </summary>
internal static class AgreementWording
{
    public static (AgreementStatus? Status, string? Words) StatusIn(SentenceAnalysis sentence)
    {
        if (sentence.FirstOf(CuePhrases.Negotiating) is { } negotiating)
            return (AgreementStatus.UnderNegotiation, negotiating.Text);
        if (sentence.FirstOf(CuePhrases.Planned) is { } planned)
            return (AgreementStatus.Planned, planned.Text);
        if (sentence.FirstOf(CuePhrases.Signing) is { } signed)
            return (AgreementStatus.Signed, signed.Text);
        return (null, null);
    }
}
