using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Reads an event a sentence describes rather than names (<c>had a bilateral meeting with …</c>, <c>cuộc gặp với …</c>,
/// <c>chuyến thăm …</c>) as a known event of that kind: the event whose type the description's word gives
/// (<see cref="CuePhrases.EventKinds"/>) and that shares the most with the sentence, one point for each entity the
/// sentence names whose name the event's name holds and one for a day the sentence states that is the event's date.
/// Two points at least, and no tie: a description alone is not enough to pick an event; never an event dated after the
/// document's year, nor one dated to a day other than those the sentence states. Marked as inferred.
/// </summary>
internal sealed class DescribedEventResolver(IEnumerable<Entity> known)
{
    /// <summary>How a described event's mention begins its reason, so the patterns can read the description as the cue it is.</summary>
    public const string Reason = "described as";

    private const int LeastAgreement = 2;

    private readonly List<(Entity Event, string Type, string[] Names)> _events =
    [
        .. known.Where(e => e.Kind == EntityKind.Event && e.Properties.ContainsKey("type"))
            .Select(e => (e, e.Properties["type"], e.Names.Values.Append(e.Name).Concat(e.Aliases).Select(FoldedWords.Of).ToArray())),
    ];

    private readonly Dictionary<string, Entity> _byId = known.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public void Resolve(SentenceAnalysis sentence, PartialDate? published)
    {
        foreach (var (type, cues) in CuePhrases.EventKinds)
        {
            foreach (var cue in sentence.Find(cues))
            {
                if (Best(sentence, type, published) is not { } found)
                    continue;
                var (e, points) = found;
                sentence.Mentions.Add(new EntityMention(
                    cue.Span, cue.Text, e.Id, EntityKind.Event, $"{Reason} '{cue.Text}'", IngestSettings.Referred,
                    InferredFrom: $"'{cue.Text}' describes a {type}; read as the known {type} sharing {points} names or dates with the sentence, '{e.Name}'"));
            }
        }

        sentence.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    private (Entity Event, int Points)? Best(SentenceAnalysis sentence, string type, PartialDate? published)
    {
        var named = sentence.Mentions.Where(m => m.Kind != EntityKind.Event && m.InferredFrom is null).Select(m => m.EntityId).Distinct().ToList();
        var days = sentence.Dates.Where(d => d.Date.Precision == DatePrecision.Day).Select(d => d.Date).ToHashSet();
        var scored = _events
            .Where(e => e.Type == type && sentence.Mentions.All(m => m.EntityId != e.Event.Id) && !After(e.Event.Date, published) && !OtherDay(e.Event.Date, days))
            .Select(e => (e.Event, Points: named.Count(id => NamedIn(id, e.Names)) + (e.Event.Date is { } date && days.Contains(date) ? 1 : 0)))
            .Where(e => e.Points >= LeastAgreement)
            .OrderByDescending(e => e.Points)
            .ToList();
        if (scored.Count == 0 || scored.Count > 1 && scored[1].Points == scored[0].Points)
            return null;
        return scored[0];
    }

    /// <summary>An article does not describe as held an event the store dates after the article's own year.</summary>
    private static bool After(PartialDate? date, PartialDate? published) => date is { } d && published is { } p && d.Year > p.Year;

    /// <summary>A sentence stating days describes an event of one of them: a dated event on another day is not it.</summary>
    private static bool OtherDay(PartialDate? date, HashSet<PartialDate> days) =>
        date is { Precision: DatePrecision.Day } d && days.Count > 0 && !days.Contains(d);

    private bool NamedIn(string entityId, string[] eventNames) =>
        _byId.TryGetValue(entityId, out var entity)
        && entity.Names.Values.Append(entity.Name).Concat(entity.Aliases).Select(FoldedWords.Of).Where(w => w.Length > 2)
            .Any(name => eventNames.Any(n => n.Contains(name, StringComparison.Ordinal)));
}
