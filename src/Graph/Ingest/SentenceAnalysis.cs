using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// What the patterns read of one sentence: its words, the entities it names (in reading order), the dates it states
/// and the date its facts are attested at (<see cref="AsOf"/>, with how it was read).
/// </summary>
public sealed class SentenceAnalysis(string documentText, Sentence sentence, IReadOnlyList<Token> tokens, bool matchDiacritics)
{
    public Sentence Sentence { get; } = sentence;

    /// <summary>Whether the document writes diacritics, so cue words and one-word names are matched with them.</summary>
    public bool MatchDiacritics { get; } = matchDiacritics;

    public IReadOnlyList<Token> Tokens { get; } = tokens;

    public List<EntityMention> Mentions { get; } = [];

    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    public PartialDate? AsOf { get; set; }

    public string? AsOfNote { get; set; }

    public string DocumentText { get; } = documentText;

    public IEnumerable<EntityMention> Of(params EntityKind[] kinds) => Mentions.Where(m => kinds.Contains(m.Kind));

    /// <summary>Every place a cue of <paramref name="cues"/> stands, outside the names of entities.</summary>
    public IReadOnlyList<CueMatch> Find(IEnumerable<Cue> cues, bool insideNames = false)
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

    public CueMatch? FirstOf(IEnumerable<Cue> cues) => Find(cues) is { Count: > 0 } found ? found[0] : null;

    public bool Has(IEnumerable<Cue> cues) => Find(cues).Count > 0;

    /// <summary>The text between two stretches of the sentence (empty when they touch or overlap).</summary>
    public string Between(TextSpan first, TextSpan second) =>
        first.End < second.Start ? DocumentText[first.End..second.Start] : "";

    /// <summary>The words between two stretches, lower case.</summary>
    public IEnumerable<Token> TokensBetween(TextSpan first, TextSpan second) =>
        Tokens.Where(t => t.Span.Start >= first.End && t.Span.End <= second.Start);
}
