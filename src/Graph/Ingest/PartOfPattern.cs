using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// PART_OF from how bodies are written: a body followed by a higher one (<c>Vụ Hợp tác quốc tế, Bộ LĐ-TB&amp;XH</c>,
/// <c>Bộ LĐ-TB&amp;XH Việt Nam</c>); a body whose name holds a state's (<c>Bộ Lao động Hoa Kỳ</c>); the units listed after
/// <c>trực thuộc X</c> / <c>under X</c>. A body's place is not dated by the article, so these carry no attestation.
/// </summary>
internal sealed class PartOfPattern(MentionLinker linker) : IRelationshipPattern
{
    public IEnumerable<CandidateFact> Find(SentenceAnalysis sentence, DocumentContext document)
    {
        var bodies = sentence.Mentions.Where(m => m.Kind is EntityKind.Ministry or EntityKind.Organization or EntityKind.Country).ToList();
        for (var i = 0; i + 1 < bodies.Count; i++)
        {
            var (part, whole) = (bodies[i], bodies[i + 1]);
            if (part.Kind == EntityKind.Country || BodyRank.Of(whole) <= BodyRank.Of(part) || part.EntityId == whole.EntityId)
                continue;
            if (!OnlyLinkWords(sentence, part, whole))
                continue;
            yield return CandidateFact.Between(RelationshipType.PartOf, part, whole, sentence, 0.7,
                $"part of: '{whole.Text}' written right after '{part.Text}'", attested: false);
        }

        foreach (var body in bodies.Where(b => b.Kind == EntityKind.Ministry && b.InferredFrom is null))
        {
            foreach (var inner in linker.Inside(sentence, body.Span).Where(m => m.Kind == EntityKind.Country))
                yield return CandidateFact.Between(RelationshipType.PartOf, body, inner, sentence, 0.8,
                    $"part of: the body's name '{body.Text}' holds the state's '{inner.Text}'", attested: false);
        }

        foreach (var under in sentence.Find([Cue.Of("trực thuộc"), Cue.Of("thuộc"), Cue.Of("under")]))
        {
            var whole = bodies.FirstOrDefault(b => b.Span.Start >= under.Span.End);
            if (whole is null)
                continue;
            foreach (var part in bodies.Where(b => b.Span.Start > whole.Span.End && BodyRank.Of(b) < BodyRank.Of(whole)))
                yield return CandidateFact.Between(RelationshipType.PartOf, part, whole, sentence, 0.6,
                    $"part of: listed after '{under.Text} {whole.Text}'", attested: false);
        }
    }

    private static bool OnlyLinkWords(SentenceAnalysis sentence, EntityMention part, EntityMention whole)
    {
        var between = sentence.Between(part.Span, whole.Span);
        if (between.Length > 20)
            return false;
        var words = sentence.TokensBetween(part.Span, whole.Span).ToList();
        return words.All(w => CuePhrases.PartOfLinks.Contains(w.Lower))
            && between.All(c => char.IsLetter(c) || char.IsWhiteSpace(c) || c is ',' or '(' or '-' or '–');
    }
}
