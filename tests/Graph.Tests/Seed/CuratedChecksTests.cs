using System.Globalization;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Seed;

/// <summary>Checks that keep the curated dataset true to its sources: each names every record that breaks it.</summary>
public sealed class CuratedChecksTests : SqliteStoreTest
{
    /// <summary>Head-of-body posts by how roles begin (Vietnamese and English), so that one post held by two people can be found.</summary>
    private static readonly (string Prefix, string Post)[] HeadPosts =
    [
        ("Bộ trưởng", "minister"), ("Minister", "minister"), ("Vụ trưởng", "director"), ("Cục trưởng", "director"), ("Director", "director"),
        ("Tổng thống", "president"), ("President", "president"), ("Prime Minister", "prime minister"), ("Chairman", "chairman"),
        ("Tổng Bí thư", "general secretary"), ("General Secretary", "general secretary"),
    ];

    private async Task<(List<Entity> Entities, List<Relationship> Relationships)> SeedAsync()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);
        var entities = new List<Entity>();
        var relationships = new List<Relationship>();
        await foreach (var entity in Store.StreamEntitiesAsync())
            entities.Add(entity);
        await foreach (var relationship in Store.StreamRelationshipsAsync())
            relationships.Add(relationship);
        return (entities, relationships);
    }

    [Fact]
    public async Task No_stated_date_without_a_quote_that_gives_it_or_an_inference_that_derives_it()
    {
        var (_, relationships) = await SeedAsync();

        var unsupported = relationships
            .SelectMany(r => new[] { ("validFrom", r.ValidFrom), ("validTo", r.ValidTo) }.Select(d => (r, Field: d.Item1, Date: d.Item2)))
            .Where(d => d.Date is { } date && !Gives(d.r, date.Year.ToString("D4", CultureInfo.InvariantCulture)))
            .Select(d => $"{d.r.Id} {d.Field} {d.Date}");

        Assert.Empty(unsupported);
    }

    /// <summary>
    /// A quote gives the year, or an inference derives it from stated facts; an inference that dates a start by when a
    /// fact was known (the first mention taken for a start) derives nothing.
    /// </summary>
    private static bool Gives(Relationship relationship, string year)
    {
        var inference = relationship.Properties.GetValueOrDefault("inference", "");
        return relationship.Sources.Any(s => s.Quote.Contains(year, StringComparison.Ordinal))
            || (inference.Contains(year, StringComparison.Ordinal) && !KnownAtPhrases.Any(p => inference.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    private static readonly string[] KnownAtPhrases = ["at the time of", "held the post when", "known at", "at the earliest", "refers to"];

    [Fact]
    public async Task Every_agreement_has_a_status_and_a_party_and_an_unsigned_one_s_parties_carry_its_status()
    {
        var (entities, relationships) = await SeedAsync();
        var parties = relationships.Where(r => r.Type == RelationshipType.PartyTo).ToLookup(r => r.To, StringComparer.Ordinal);

        var failures = new List<string>();
        foreach (var agreement in entities.Where(e => GraphOntology.AgreementKinds.Contains(e.Kind)))
        {
            var lifecycle = AgreementLifecycle.Of(agreement);
            if (lifecycle.Status is null)
                failures.Add($"{agreement.Id} has no status");
            if (!parties[agreement.Id].Any())
                failures.Add($"{agreement.Id} has no PARTY_TO");
            if (lifecycle.IsUnsigned)
                failures.AddRange(parties[agreement.Id].Where(p => !p.Properties.ContainsKey(GraphOntology.StatusProperty)).Select(p => $"{p.Id} is an intended party without a status"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_government_body_is_part_of_the_state_its_id_names()
    {
        var (entities, relationships) = await SeedAsync();
        var parents = relationships.Where(r => r.Type == RelationshipType.PartOf).ToLookup(r => r.From, r => r.To, StringComparer.Ordinal);

        bool ReachesState(string id, string state, HashSet<string> seen) =>
            parents[id].Any(parent => parent == state || (seen.Add(parent) && ReachesState(parent, state, seen)));

        var detached = entities
            .Where(e => e.Kind == EntityKind.Ministry)
            .Where(e => !ReachesState(e.Id, "country:" + e.Id["ministry:".Length..][..3], []))
            .Select(e => e.Id);

        Assert.Empty(detached);
    }

    [Fact]
    public async Task Two_holders_of_one_head_of_body_post_never_overlap_in_what_their_evidence_supports()
    {
        var (_, relationships) = await SeedAsync();
        var heads = relationships
            .Where(r => r.Type == RelationshipType.HoldsPosition && !r.Properties.ContainsKey("concurrent"))
            .Select(r => (Relationship: r, Post: HeadPosts.FirstOrDefault(h => r.Properties.GetValueOrDefault("role", "").StartsWith(h.Prefix, StringComparison.OrdinalIgnoreCase)).Post))
            .Where(h => h.Post is not null)
            .GroupBy(h => (h.Relationship.To, h.Post));

        var overlapping = new List<string>();
        foreach (var post in heads)
        {
            var holders = post.Select(h => (h.Relationship, Span: h.Relationship.Time.Span(EvidenceMode.Supported))).ToList();
            for (var i = 0; i < holders.Count; i++)
            {
                for (var j = i + 1; j < holders.Count; j++)
                {
                    if (holders[i].Relationship.From != holders[j].Relationship.From
                        && holders[i].Span.From <= holders[j].Span.To && holders[j].Span.From <= holders[i].Span.To)
                        overlapping.Add($"{post.Key.Post} of {post.Key.To}: {holders[i].Relationship.Id} and {holders[j].Relationship.Id}");
                }
            }
        }

        Assert.Empty(overlapping);
    }
}
