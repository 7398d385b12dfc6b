using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// PART_OF from how bodies are written: a body followed by a higher one (<c>Vụ Hợp tác quốc tế, Bộ LĐ-TB&amp;XH</c>,
/// <c>Bộ LĐ-TB&amp;XH Việt Nam</c>); a ministry whose name holds a state's (<c>Bộ Lao động Hoa Kỳ</c>) or an organisation
/// whose name holds another's (<c>UN Women</c>); the units listed after <c>trực thuộc X</c> / <c>under X</c>, and the
/// organisations listed after "các tổ chức X, đặc biệt là …" / "agencies of X, such as …". A body's place is not dated by the article, so these carry no attestation.
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

        foreach (var body in bodies.Where(b => b.Kind is EntityKind.Ministry or EntityKind.Organization && b.InferredFrom is null))
        {
            // A ministry's name holds its state's (Bộ Lao động Hoa Kỳ); an organisation's, the organisation it belongs to (UN Women, ILO office).
            var whole = body.Kind == EntityKind.Ministry ? EntityKind.Country : EntityKind.Organization;
            foreach (var inner in linker.Inside(sentence, body.Span).Where(m => m.Kind == whole).DistinctBy(m => m.EntityId))
                yield return CandidateFact.Between(RelationshipType.PartOf, body, inner, sentence, 0.8,
                    $"part of: the name '{body.Text}' holds '{inner.Text}'", attested: false);
        }

        foreach (var listing in sentence.Find(CuePhrases.Listing))
        {
            var whole = bodies.LastOrDefault(b => b.Span.End <= listing.Span.Start && b.Kind == EntityKind.Organization);
            if (whole is null || !sentence.Between(whole.Span, listing.Span).All(c => char.IsWhiteSpace(c) || c == ',')
                || !sentence.Find(CuePhrases.Members).Any(m => m.Span.End <= whole.Span.Start && sentence.TokensBetween(m.Span, whole.Span).Count() <= 1))
                continue;
            foreach (var part in bodies.Where(b => b.Span.Start >= listing.Span.End && b.Kind == EntityKind.Organization && b.EntityId != whole.EntityId))
                yield return CandidateFact.Between(RelationshipType.PartOf, part, whole, sentence, 0.6,
                    $"part of: listed after '{listing.Text}' as one of the organisations of '{whole.Text}'", attested: false);
        }

        foreach (var under in sentence.Find(CuePhrases.Under))
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
