using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>
/// Writes a seed folder whose partner network around <see cref="Centre"/> has about 500 entities (by default): the centre's
/// ministries, partner organisations that cooperate with them, agreements they are party to, and people who sign.
/// Deterministic (seeded random), so the drawing is the same on every run.
/// </summary>
internal static class LargeNetworkSeed
{
    public const string Centre = "country:AAA";

    private static readonly object[] Evidence = [new { url = "https://example.org/synthetic", quote = "Generated for the explorer's 500-node drawing test.", language = "en" }];

    public static string Write(string folder, int ministries = 60, int organisations = 250, int agreements = 110, int people = 80)
    {
        var random = new Random(20260);
        var entities = new List<object> { Entity(Centre, "COUNTRY", "Atlantis") };
        var relationships = new List<object>();
        string Year() => random.Next(2000, 2027).ToString(CultureInfo.InvariantCulture);

        for (var m = 1; m <= ministries; m++)
        {
            var id = $"ministry:AAA-M{m:000}";
            entities.Add(Entity(id, "MINISTRY", $"Atlantis ministry {m}"));
            relationships.Add(Relationship("PART_OF", id, Centre, null));
        }

        for (var o = 1; o <= organisations; o++)
        {
            var id = $"org:P{o:000}";
            entities.Add(Entity(id, "ORGANIZATION", $"Partner organisation {o}"));
            relationships.Add(Relationship("COOPERATES_WITH", $"ministry:AAA-M{random.Next(1, ministries + 1):000}", id, Year()));
        }

        for (var a = 1; a <= agreements; a++)
        {
            var id = $"agreement:synthetic-{a:000}";
            entities.Add(Entity(id, "AGREEMENT", $"Cooperation agreement {a}"));
            var year = Year();
            relationships.Add(Relationship("PARTY_TO", $"ministry:AAA-M{random.Next(1, ministries + 1):000}", id, year));
            relationships.Add(Relationship("PARTY_TO", $"org:P{random.Next(1, organisations + 1):000}", id, year));
        }

        for (var p = 1; p <= people; p++)
        {
            var id = $"person:synthetic-{p:000}";
            entities.Add(Entity(id, "PERSON", $"Signatory {p}"));
            relationships.Add(Relationship("HOLDS_POSITION", id, $"org:P{random.Next(1, organisations + 1):000}", null));
            relationships.Add(Relationship("SIGNED", id, $"agreement:synthetic-{random.Next(1, agreements + 1):000}", Year()));
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "entities.json"), JsonSerializer.Serialize(new { entities }));
        File.WriteAllText(Path.Combine(folder, "relationships.json"), JsonSerializer.Serialize(new { relationships }));
        return folder;
    }

    private static object Entity(string id, string kind, string name) =>
        new { id, kind, name, names = new Dictionary<string, string> { ["en"] = name }, sources = Evidence };

    private static object Relationship(string type, string from, string to, string? year) =>
        new { id = $"rel:{from.Replace(':', '-')}-{type.ToLowerInvariant().Replace('_', '-')}-{to.Replace(':', '-')}".ToLowerInvariant(), type, from, to, validFrom = year, validTo = year, sources = Evidence };
}
