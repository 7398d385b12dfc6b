using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Finds the known entities a sentence names, longest name first, ignoring case and diacritics. A name of one word or
/// an acronym must be written as a name is (capitalised; an acronym in capitals), so <c>bà</c> is not the German agency
/// BA nor <c>anh</c> the United Kingdom. A name shared by several entities is left unlinked: guessing would mislead.
/// </summary>
internal sealed class MentionLinker(NameIndex index)
{
    public void Link(SentenceAnalysis sentence)
    {
        var tokens = sentence.Tokens;
        var reach = index.LongestRun + 3;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!char.IsLetterOrDigit(tokens[i].Text[0]) || sentence.Mentions.Any(m => m.Span.Overlaps(tokens[i].Span)))
                continue;
            (int Last, KnownName Name)? best = null;
            var folded = "";
            for (var j = i; j < tokens.Count && j < i + reach; j++)
            {
                if (j > i && !InsideOneName(sentence, tokens[j - 1], tokens[j]))
                    break;
                folded += tokens[j].Folded;
                if (Acceptable(index.Lookup(folded), tokens, i, j, sentence.MatchDiacritics) is { } name)
                    best = (j, name);
            }

            if (best is not { } found)
                continue;
            var span = new TextSpan(tokens[i].Span.Start, tokens[found.Last].Span.End);
            var single = found.Last == i || found.Name.IsAcronym;
            sentence.Mentions.Add(new EntityMention(
                span, span.Of(sentence.DocumentText), found.Name.EntityId, found.Name.Kind,
                $"{found.Name.Which} '{found.Name.Form}'", single ? IngestSettings.KnownShortName : IngestSettings.KnownName));
            i = found.Last;
        }

        sentence.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The known entities named inside <paramref name="span"/>, a longer name (the states in a ministry's or an agreement's name).</summary>
    public IReadOnlyList<EntityMention> Inside(SentenceAnalysis sentence, TextSpan span)
    {
        var inner = new SentenceAnalysis(sentence.DocumentText, sentence.Sentence, [.. sentence.Tokens.Where(t => t.Span.Start >= span.Start && t.Span.End <= span.End)], matchDiacritics: true);
        var whole = span.Of(sentence.DocumentText);
        var tokens = inner.Tokens;
        var found = new List<EntityMention>();
        for (var first = 0; first < tokens.Count; first++)
        {
            // From the first word, leave the last out: the whole name would otherwise hide the names it begins with ("US Department of Labour").
            var probe = new SentenceAnalysis(sentence.DocumentText, sentence.Sentence, [.. tokens.Skip(first).Take(first == 0 ? tokens.Count - 1 : tokens.Count)], matchDiacritics: true);
            Link(probe);
            found.AddRange(probe.Mentions.Where(m => m.Span.Start == tokens[first].Span.Start && m.Text != whole));
        }

        return found;
    }

    /// <summary>
    /// The entities of <paramref name="kinds"/> a name holds right after "của"/"of" (<c>Hội nghị … của Bộ X</c>,
    /// <c>Tuyên bố … của Tổ chức Lao động quốc tế</c>): whose the named thing is, with the words that say so.
    /// </summary>
    public IEnumerable<(EntityMention Owner, string Words)> OwnersInside(SentenceAnalysis sentence, EntityMention named, params EntityKind[] kinds)
    {
        foreach (var inner in Inside(sentence, named.Span).Where(m => kinds.Contains(m.Kind)).DistinctBy(m => m.EntityId))
        {
            var before = sentence.Tokens.LastOrDefault(t => t.Span.End <= inner.Span.Start && t.Span.Start >= named.Span.Start);
            if (before?.Lower is "của" or "of")
                yield return (inner, $"{before.Text} {inner.Text}");
        }
    }

    /// <summary>
    /// Names run across the punctuation names hold (hyphens, dashes, ampersands, commas, quotes, brackets, the stops of
    /// U.S.), not across a semicolon or colon: a run still links only when its whole folding is a known name.
    /// </summary>
    private static bool InsideOneName(SentenceAnalysis sentence, Token before, Token after) =>
        sentence.Between(before.Span, after.Span) is var gap && gap.Length <= 4 && !gap.Any(c => c is ';' or ':');

    private static KnownName? Acceptable(IReadOnlyList<KnownName> names, IReadOnlyList<Token> tokens, int first, int last, bool withDiacritics)
    {
        if (names.Count == 0 || names.Select(n => n.EntityId).Distinct().Count() > 1)
            return null;
        var written = tokens.Skip(first).Take(last - first + 1).ToList();
        foreach (var name in names)
        {
            if (name.IsAcronym && !written.All(t => t.IsAllUpper || t.Text.All(char.IsDigit)))
                continue;
            if (first == last && !written[0].IsCapitalised && !char.IsDigit(written[0].Text[0]))
                continue;
            if (first == last && withDiacritics && !name.IsAcronym && written[0].Lower != name.Lower)
                continue;
            return name;
        }

        return null;
    }
}
