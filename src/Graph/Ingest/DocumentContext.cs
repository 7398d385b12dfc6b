using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Ingest;

/// <summary>
/// What a document's sentences share: its date, the body and country it names most (what a bare "Bộ" or "the Ministry"
/// refers to), the events named so far (what a bare "Hội nghị" refers back to) and the new entities proposed.
/// </summary>
internal sealed class DocumentContext(IngestDocument document, IReadOnlyDictionary<string, Entity> known)
{
    private readonly Dictionary<string, NewEntity> _proposed = new(StringComparer.Ordinal);
    private readonly List<EntityMention> _events = [];
    private readonly List<EntityMention> _allEvents = [];

    public IngestDocument Document { get; } = document;

    public string MainCountry { get; private set; } = "VNM";

    public EntityMention? MainMinistry { get; private set; }

    /// <summary>The most-named body and the most-named of another state: what "hai Bộ", "the two ministries" refer to.</summary>
    public IReadOnlyList<EntityMention> TwoMinistries { get; private set; } = [];

    /// <summary>The two states the document names most: what "hai nước", "the two countries" refer to.</summary>
    public IReadOnlyList<EntityMention> TwoCountries { get; private set; } = [];

    public IReadOnlyCollection<NewEntity> Proposed => _proposed.Values;

    public Entity? Known(string id) => known.GetValueOrDefault(id);

    /// <summary>Counts the named bodies and countries of every sentence: the most named are what bare references mean.</summary>
    public void Survey(IEnumerable<SentenceAnalysis> sentences)
    {
        var mentions = sentences.SelectMany(s => s.Mentions).ToList();
        _allEvents.AddRange(mentions.Where(m => m.Kind == EntityKind.Event));
        var ministries = MostNamed(mentions, EntityKind.Ministry);
        MainMinistry = ministries.FirstOrDefault();
        // The two sides are bodies of two states: a department of the most-named ministry is not the other side.
        var other = ministries.Skip(1).FirstOrDefault(m => CountryOfBody(m.EntityId) != CountryOfBody(ministries[0].EntityId));
        TwoMinistries = other is null ? [] : [ministries[0], other];
        var countries = MostNamed(mentions, EntityKind.Country);
        TwoCountries = countries.Count >= 2 ? countries[..2] : [];
        var country = mentions.Where(m => m.Kind == EntityKind.Country).GroupBy(m => m.EntityId)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        if (country is not null)
            MainCountry = country["country:".Length..];
    }

    /// <summary>The state in a body's id (<c>ministry:VNM-MOLISA-ICD</c> → <c>VNM</c>), by the id convention.</summary>
    private static string CountryOfBody(string id) => id["ministry:".Length..].Split('-')[0];

    private static List<EntityMention> MostNamed(IEnumerable<EntityMention> mentions, EntityKind kind) =>
        [.. mentions.Where(m => m.Kind == kind).GroupBy(m => m.EntityId).OrderByDescending(g => g.Count()).Select(g => g.First())];

    public void Propose(NewEntity entity)
    {
        if (known.ContainsKey(entity.Id))
            return;
        _proposed.TryAdd(entity.Id, entity);
    }

    private readonly Dictionary<string, EntityMention> _posts = new(StringComparer.Ordinal);

    /// <summary>Notes the body a sentence gives a person's post in (the first such wins).</summary>
    public void StatePost(string personId, EntityMention body) => _posts.TryAdd(personId, body);

    public EntityMention? PostOf(string personId) => _posts.GetValueOrDefault(personId);

    public bool IsKnown(string id) => known.ContainsKey(id);

    public void SawEvents(IEnumerable<EntityMention> events) => _events.AddRange(events);

    /// <summary>
    /// The event whose name begins with <paramref name="head"/> (folded) that the document names most (an article's
    /// "the conference" is its own subject), the latest named so far among equals; else the first the document names
    /// later (an article may name its event in a caption after first calling it "the dialogue").
    /// </summary>
    public EntityMention? EventHeaded(string head)
    {
        var counts = _allEvents.Where(e => Headed(e, head)).GroupBy(e => e.EntityId).ToDictionary(g => g.Key, g => g.Count());
        return _events.Where(e => Headed(e, head)).Reverse().OrderByDescending(e => counts[e.EntityId]).FirstOrDefault()
            ?? _allEvents.FirstOrDefault(e => Headed(e, head));
    }

    private bool Headed(EntityMention mention, string head) =>
        known.TryGetValue(mention.EntityId, out var entity)
        && entity.Names.Values.Append(entity.Name).Any(n => KnowledgeGraph.Text.SearchText.Fold(n).StartsWith(head, StringComparison.Ordinal));
}
