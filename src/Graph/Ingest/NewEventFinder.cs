using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// Proposes an event the store does not know from a description no known event matched (<c>had a meeting with …</c>,
/// <c>cuộc gặp với …</c>): only when the sentence names no event, states the day outside any name, and names two people
/// or bodies to tell it by. Its id follows the catalogue's convention, sides, type and day
/// (<c>event:vnm-molisa-usa-dol-meeting-2022-05-11</c>); the day is the facts' attestation, never a start.
/// </summary>
internal sealed class NewEventFinder(DocumentContext document)
{
    public void Find(SentenceAnalysis sentence)
    {
        if (sentence.Of(EntityKind.Event).Any())
            return;
        var day = sentence.Dates.FirstOrDefault(d => d.Date.Precision == Model.DatePrecision.Day && !sentence.Mentions.Any(m => m.Span.Overlaps(d.Span)));
        if (day is null)
            return;
        var named = sentence.Mentions.Where(m => m.InferredFrom is null).ToList();
        var bodies = named.Where(m => m.Kind is EntityKind.Ministry or EntityKind.Organization).DistinctBy(m => m.EntityId).ToList();
        var people = named.Where(m => m.Kind == EntityKind.Person).DistinctBy(m => m.EntityId).ToList();
        var sides = bodies.Count >= 2 ? bodies : people;
        if (sides.Count < 2)
            return;
        foreach (var (type, cues) in CuePhrases.EventKinds)
        {
            if (sentence.FirstOf(cues) is not { } cue)
                continue;
            var id = $"event:{Slug(sides[0])}-{Slug(sides[1])}-{type}-{day.Date}";
            var reason = $"{DescribedEventResolver.Reason} '{cue.Text}': new {type} on {day.Date} ('{day.Text}') between '{sides[0].Text}' and '{sides[1].Text}'";
            document.Propose(new NewEntity(id, EntityKind.Event, $"{cue.Text} – {sides[0].Text}, {sides[1].Text} ({day.Date})", sentence.Sentence.Index, reason, IngestSettings.NewEvent));
            sentence.Mentions.Add(new EntityMention(cue.Span, cue.Text, id, EntityKind.Event, reason, IngestSettings.NewEvent, IsNew: true));
            sentence.Mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return;
        }
    }

    /// <summary>A side's id without its kind's prefix, as a slug: <c>ministry:VNM-MOLISA</c> → <c>vnm-molisa</c>.</summary>
    private static string Slug(EntityMention side) => IdSlug.OfId(side.EntityId[(side.EntityId.IndexOf(':', StringComparison.Ordinal) + 1)..]);
}
