using System.Collections.Immutable;
using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ingest;

/// <summary>A few known entities, with the names, localised names and aliases the articles use, and ingesting a text on them.</summary>
internal static class IngestSamples
{
    public static readonly Entity[] Known =
    [
        Entity("country:VNM", EntityKind.Country, "Viet Nam", ["Việt Nam"], ["Vietnam"]),
        Entity("country:LAO", EntityKind.Country, "Laos", ["Lào"], []),
        Entity("country:USA", EntityKind.Country, "United States", ["Hoa Kỳ"], ["US"]),
        Entity("country:KOR", EntityKind.Country, "Republic of Korea", ["Hàn Quốc"], ["Korea"]),
        Entity("country:DEU", EntityKind.Country, "Germany", ["Đức"], []),
        Entity("org:ASEAN", EntityKind.Organization, "Association of Southeast Asian Nations", [], ["ASEAN"]),
        Entity("org:UN", EntityKind.Organization, "United Nations", ["Liên hợp quốc"], ["UN"]),
        Entity("org:UN-WOMEN", EntityKind.Organization, "UN Women", [], []),
        Entity("org:ILO", EntityKind.Organization, "International Labour Organization", ["Tổ chức Lao động Quốc tế"], ["ILO"]),
        Entity("ministry:VNM-MOLISA", EntityKind.Ministry, "Ministry of Labour, Invalids and Social Affairs", ["Bộ Lao động - Thương binh và Xã hội"], ["MOLISA", "Bộ LĐ-TB&XH"]),
        Entity("ministry:VNM-MOLISA-ICD", EntityKind.Ministry, "International Cooperation Department (MOLISA)", ["Vụ Hợp tác quốc tế"], []),
        Entity("ministry:DEU-BA", EntityKind.Ministry, "Federal Employment Agency", ["Cơ quan lao động Liên bang Đức"], ["BA"]),
        Entity("ministry:USA-DOL", EntityKind.Ministry, "US Department of Labor", ["Bộ Lao động Hoa Kỳ", "US Department of Labour"], []),
        Entity("person:dao-ngoc-dung", EntityKind.Person, "Dao Ngoc Dung", ["Đào Ngọc Dung"], []),
        Entity("person:thea-lee", EntityKind.Person, "Thea Lee", [], []),
        Entity("event:vnm-usa-labour-dialogue-2023", EntityKind.Event, "Viet Nam–US Labour Dialogue 2023", ["Đối thoại lao động Việt Nam - Hoa Kỳ năm 2023"], []) with { Date = PartialDate.Parse("2023") },
        Entity("instrument:vnm-labour-code-2019", EntityKind.LegalInstrument, "Labour Code of Viet Nam (2019)", ["Bộ Luật lao động năm 2019"], ["2019 Labour Code"]),
        Entity("agreement:vnm-kor-eps-mou-2023", EntityKind.Agreement, "Viet Nam–Korea MoU on the EPS", ["Bản ghi nhớ về chương trình EPS"], []),
        Entity("agreement:vnm-deu-social-insurance-agreement", EntityKind.Agreement, "Viet Nam–Germany social insurance agreement", ["hiệp định về bảo hiểm xã hội với Đức"], []),
        Entity("agreement:vnm-kor-social-insurance-agreement", EntityKind.Agreement, "Viet Nam–Korea social insurance agreement", ["Hiệp định bảo hiểm xã hội Việt Nam – Hàn Quốc"], []),
        Entity("event:molisa-dol-meeting-2023-05-11", EntityKind.Event, "Dao Ngoc Dung – Thea Lee meeting (2023-05-11)", [], []) with { Date = PartialDate.Parse("2023-05-11"), Properties = Typed("meeting") },
        Entity("event:molisa-ilo-meeting-2023-05-11", EntityKind.Event, "MOLISA – ILO meeting (2023-05-11)", [], []) with { Date = PartialDate.Parse("2023-05-11"), Properties = Typed("meeting") },
        Entity("event:dao-ngoc-dung-visit-kor-2023", EntityKind.Event, "Dao Ngoc Dung's visit to Korea (2023)", [], []) with { Date = PartialDate.Parse("2023"), Properties = Typed("visit") },
    ];

    public static IngestResult Ingest(string text, string language = "vi", string? date = null) =>
        new ArticleIngester(Known).Ingest(new IngestDocument(new Document
        {
            Id = "sample.txt",
            Title = "Sample",
            TitleEnglish = "Sample",
            Language = language,
            Published = date is null ? null : PartialDate.Parse(date),
            Text = text,
        }));

    public static IEnumerable<(RelationshipType Type, string From, string To)> Facts(this IngestResult result) =>
        result.Candidates.Select(c => (c.Type, c.From, c.To));

    private static ImmutableSortedDictionary<string, string> Typed(string type) => ImmutableSortedDictionary<string, string>.Empty.Add("type", type);

    private static Entity Entity(string id, EntityKind kind, string name, string[] vietnamese, string[] aliases) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Names = vietnamese.Length == 0 ? ImmutableSortedDictionary<string, string>.Empty : ImmutableSortedDictionary<string, string>.Empty.Add("vi", vietnamese[0]).AddRange(vietnamese.Skip(1).Select((n, i) => KeyValuePair.Create($"vi{i}", n))),
        Aliases = [.. aliases],
    };
}
