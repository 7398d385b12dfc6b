using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Proposes the people and bodies a sentence names that the store does not know: a person is two to four capitalised
/// words right after a title or form of address (<c>Thứ trưởng … Lê Văn Thanh</c>, <c>Ms. Thea Lee</c>); a body is a
/// head word and the capitalised name after it (<c>Bộ Việc làm…</c>, <c>Ministry of Manpower</c>), up to a word that
/// ends names. A body's id takes its country from the country named right after it, else from the body it is part
/// of, else from the country the document names most (said in the reason).
/// </summary>
internal sealed class NewEntityFinder(DocumentContext document)
{
    public void Find(SentenceAnalysis sentence)
    {
        FindBodies(sentence);
        FindPeople(sentence);
        sentence.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private void FindPeople(SentenceAnalysis sentence)
    {
        foreach (var title in sentence.Find(CuePhrases.PostTitles.Concat(CuePhrases.Honorifics)))
        {
            var start = title.LastToken + 1;
            // A title may name its body before the person: "Thứ trưởng Bộ LĐ-TB&XH Lê Văn Thanh".
            while (start < sentence.Tokens.Count && sentence.Mentions.FirstOrDefault(m => m.Span.Overlaps(sentence.Tokens[start].Span)) is { Kind: not EntityKind.Person } body)
                start = LastTokenOf(sentence, body) + 1;
            var run = CapitalisedRun(sentence, start, IngestSettings.LongestPersonName);
            if (run.Count < 2 || run.Count > IngestSettings.LongestPersonName)
                continue;
            var span = new TextSpan(run[0].Span.Start, run[^1].Span.End);
            if (sentence.Mentions.Any(m => m.Span.Overlaps(span)))
                continue;
            var id = "person:" + IdSlug.Of(run);
            var reason = $"new person: capitalised name after the title '{title.Text}'";
            document.Propose(new NewEntity(id, EntityKind.Person, span.Of(sentence.DocumentText), sentence.Sentence.Index, reason, IngestSettings.NewPerson));
            sentence.Mentions.Add(new EntityMention(span, span.Of(sentence.DocumentText), id, EntityKind.Person, reason, IngestSettings.NewPerson, IsNew: true));
        }
    }

    private void FindBodies(SentenceAnalysis sentence)
    {
        foreach (var head in sentence.Find(CuePhrases.BodyHeads))
        {
            if (!sentence.Tokens[head.FirstToken].IsCapitalised)
                continue;
            var last = head.LastToken;
            var english = sentence.Tokens[head.FirstToken].Lower is "ministry" or "department";
            var i = last + 1;
            if (english && i < sentence.Tokens.Count && sentence.Tokens[i].Lower == "of")
                i++;
            if (i >= sentence.Tokens.Count || !sentence.Tokens[i].IsCapitalised || Covered(sentence, i))
                continue;
            var end = i;
            for (; end < sentence.Tokens.Count && end - head.FirstToken < IngestSettings.LongestBodyName; end++)
            {
                var token = sentence.Tokens[end];
                if (Covered(sentence, end) || CuePhrases.NameStops.Contains(token.Lower) || end > i && BreaksName(sentence, end))
                    break;
                if (english && !token.IsCapitalised && token.Lower is not ("and" or "of"))
                    break;
            }

            while (end - 1 > i && sentence.Tokens[end - 1].Lower is "và" or "and" or "of")
                end--;
            var span = new TextSpan(sentence.Tokens[head.FirstToken].Span.Start, sentence.Tokens[end - 1].Span.End);
            var name = span.Of(sentence.DocumentText);
            var (country, how) = CountryOf(sentence, span);
            var id = $"ministry:{country}-{IdSlug.Of(sentence.Tokens.Skip(head.FirstToken).Take(end - head.FirstToken)).ToUpperInvariant()}";
            var reason = $"new body: name after the head word '{head.Text}'; country {country} {how}";
            document.Propose(new NewEntity(id, EntityKind.Ministry, name, sentence.Sentence.Index, reason, IngestSettings.NewBody));
            sentence.Mentions.Add(new EntityMention(span, name, id, EntityKind.Ministry, reason, IngestSettings.NewBody, IsNew: true));
        }
    }

    private (string Code, string How) CountryOf(SentenceAnalysis sentence, TextSpan body)
    {
        var next = sentence.Mentions.Where(m => m.Span.Start >= body.End).OrderBy(m => m.Span.Start).FirstOrDefault();
        if (next is not null && sentence.Between(body, next.Span).All(c => char.IsWhiteSpace(c) || c is ',' or '(' or '-' or '–'))
        {
            if (next.Kind == EntityKind.Country)
                return (next.EntityId["country:".Length..], $"from '{next.Text}' after its name");
            if (next.Kind == EntityKind.Ministry && next.EntityId.Length > "ministry:XXX".Length)
                return (next.EntityId["ministry:".Length..][..3], $"from the body it belongs to, '{next.Text}'");
        }

        return (document.MainCountry, "inferred: the country the document names most");
    }

    private static bool Covered(SentenceAnalysis sentence, int token) => sentence.Mentions.Any(m => m.Span.Overlaps(sentence.Tokens[token].Span));

    /// <summary>Punctuation other than a hyphen, a dash or an ampersand ends a name (a comma too, outside a known name).</summary>
    private static bool BreaksName(SentenceAnalysis sentence, int token) =>
        !sentence.Between(sentence.Tokens[token - 1].Span, sentence.Tokens[token].Span).All(c => char.IsWhiteSpace(c) || c is '-' or '&');

    private static List<Token> CapitalisedRun(SentenceAnalysis sentence, int start, int most)
    {
        var run = new List<Token>();
        for (var i = start; i < sentence.Tokens.Count && run.Count <= most; i++)
        {
            var token = sentence.Tokens[i];
            if (!token.IsCapitalised || token.IsAllUpper && token.Text.Length > 1 || char.IsDigit(token.Text[0]))
                break;
            if (run.Count > 0 && !sentence.Between(run[^1].Span, token.Span).All(c => c is ' ' or '-'))
                break;
            if (CuePhrases.BodyHeads.Any(h => h.Lower[0] == token.Lower) || CuePhrases.PostTitles.Any(t => t.Lower[0] == token.Lower))
                break;
            run.Add(token);
        }

        return run;
    }

    private static int LastTokenOf(SentenceAnalysis sentence, EntityMention mention)
    {
        var last = 0;
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (sentence.Tokens[i].Span.Start < mention.Span.End)
                last = i;
        }

        return last;
    }
}
