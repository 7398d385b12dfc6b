using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// What the patterns read of one sentence: its words, the entities it names (in reading order), the dates it states
/// and the date its facts are attested at (<see cref="AsOf"/>, with how it was read).
/// </summary>
public sealed class SentenceAnalysis(string documentText, Sentence sentence, IReadOnlyList<Token> tokens, bool matchDiacritics)
{
    /// <summary>The sentence read.</summary>
    public Sentence Sentence { get; } = sentence;

    /// <summary>Whether the document writes diacritics, so cue words and one-word names are matched with them.</summary>
    public bool MatchDiacritics { get; } = matchDiacritics;

    /// <summary>The sentence's words in order.</summary>
    public IReadOnlyList<Token> Tokens { get; } = tokens;

    /// <summary>The entities the sentence names, in reading order.</summary>
    public List<EntityMention> Mentions { get; } = [];

    /// <summary>The dates the sentence states.</summary>
    public IReadOnlyList<DateMention> Dates { get; internal set; } = [];

    /// <summary>The date the sentence's facts are attested at, when one could be read.</summary>
    public PartialDate? AsOf { get; internal set; }

    /// <summary>How <see cref="AsOf"/> was read, when not from a date the sentence states plainly.</summary>
    public string? AsOfNote { get; internal set; }

    /// <summary>The whole document's text, which the sentence's spans index.</summary>
    public string DocumentText { get; } = documentText;

    internal IEnumerable<EntityMention> Of(params EntityKind[] kinds) => Mentions.Where(m => kinds.Contains(m.Kind));

    /// <summary>Every place a cue of <paramref name="cues"/> stands, outside the names of entities.</summary>
    internal IReadOnlyList<CueMatch> Find(IEnumerable<Cue> cues, bool insideNames = false)
    {
        var found = new List<CueMatch>();
        foreach (var cue in cues)
        {
            var words = MatchDiacritics ? cue.Lower : cue.Folded;
            for (var i = 0; i + words.Length <= Tokens.Count; i++)
            {
                var k = 0;
                while (k < words.Length && (MatchDiacritics ? Tokens[i + k].Lower : Tokens[i + k].Folded) == words[k])
                    k++;
                if (k < words.Length)
                    continue;
                var span = new TextSpan(Tokens[i].Span.Start, Tokens[i + words.Length - 1].Span.End);
                if (found.Any(f => f.Span.Overlaps(span)) || !insideNames && Mentions.Any(m => m.Span.Overlaps(span)))
                    continue;
                found.Add(new CueMatch(cue, i, i + words.Length - 1, span, span.Of(DocumentText)));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    internal CueMatch? FirstOf(IEnumerable<Cue> cues) => Find(cues) is { Count: > 0 } found ? found[0] : null;

    internal bool Has(IEnumerable<Cue> cues) => Find(cues).Count > 0;

    /// <summary>The text between two stretches of the sentence (empty when they touch or overlap).</summary>
    internal string Between(TextSpan first, TextSpan second) =>
        first.End < second.Start ? DocumentText[first.End..second.Start] : "";

    /// <summary>The words between two stretches, lower case.</summary>
    internal IEnumerable<Token> TokensBetween(TextSpan first, TextSpan second) =>
        Tokens.Where(t => t.Span.Start >= first.End && t.Span.End <= second.Start);
}
