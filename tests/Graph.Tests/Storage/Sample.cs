using System.Collections.Immutable;

using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

/// <summary>A small graph with every shape the contract needs: partial dates, open bounds, an undirected type, diacritics.</summary>
internal static class Sample
{
    private static readonly Source Article = new("vn-molisa-korea-2023.txt", null, "Bộ trưởng Đào Ngọc Dung đã ký Bản ghi nhớ", "vi");
    private static readonly Source Web = new(null, "https://www.ilo.org/", "Viet Nam joined the ILO in 1992", "en");

    public static Entity Vietnam { get; } = Entity("country:VNM", EntityKind.Country, "Viet Nam") with
    {
        Names = ImmutableSortedDictionary<string, string>.Empty.Add("en", "Viet Nam").Add("vi", "Việt Nam"),
        Aliases = ["Vietnam", "VN"],
    };

    public static Entity Korea { get; } = Entity("country:KOR", EntityKind.Country, "Republic of Korea") with { Aliases = ["Korea", "Hàn Quốc"] };
    public static Entity Laos { get; } = Entity("country:LAO", EntityKind.Country, "Lao PDR");

    public static Entity Molisa { get; } = Entity("ministry:VNM-MOLISA", EntityKind.Ministry, "Ministry of Labour, Invalids and Social Affairs") with
    {
        Names = ImmutableSortedDictionary<string, string>.Empty.Add("vi", "Bộ Lao động - Thương binh và Xã hội"),
        Aliases = ["MOLISA", "Bộ LĐ-TB&XH"],
        Date = PartialDate.OfYear(1987),
        Properties = ImmutableSortedDictionary<string, string>.Empty.Add("website", "molisa.gov.vn"),
        Sources = [Article],
    };

    public static Entity VietnamMission { get; } = Entity("ministry:VNM-MISSION-GENEVA", EntityKind.Ministry, "Permanent Mission of Viet Nam in Geneva");
    public static Entity Dung { get; } = Entity("person:dao-ngoc-dung", EntityKind.Person, "Đào Ngọc Dung");
    public static Entity Ilo { get; } = Entity("org:ILO", EntityKind.Organization, "International Labour Organization") with { Aliases = ["ILO"] };

    public static Entity Agreement { get; } = Entity("agreement:vnm-kor-eps-mou-2023", EntityKind.Agreement, "MoU on the Employment Permit System") with
    {
        Date = PartialDate.OfDay(2023, 6, 15),
        Sources = [Article, Web],
    };

    public static Relationship PartOf { get; } = Relationship("rel:a-part-of", RelationshipType.PartOf, Molisa.Id, Vietnam.Id, null, null);

    public static Relationship HoldsPosition { get; } = Relationship("rel:b-holds", RelationshipType.HoldsPosition, Dung.Id, Molisa.Id, PartialDate.OfMonth(2016, 4), PartialDate.OfMonth(2021, 4)) with
    {
        Properties = ImmutableSortedDictionary<string, string>.Empty.Add("role", "Minister"),
    };

    public static Relationship Signed { get; } = Relationship("rel:c-signed", RelationshipType.Signed, Molisa.Id, Agreement.Id, PartialDate.OfDay(2023, 6, 15), null) with
    {
        Properties = ImmutableSortedDictionary<string, string>.Empty.Add("title", "MoU").Add("areas", "labour migration;EPS"),
        Sources = [Article],
    };

    public static Relationship Cooperates { get; } = Relationship("rel:d-cooperates", RelationshipType.CooperatesWith, Vietnam.Id, Korea.Id, PartialDate.OfYear(2020), null);
    public static Relationship MemberOf { get; } = Relationship("rel:e-member", RelationshipType.MemberOf, Vietnam.Id, Ilo.Id, PartialDate.OfYear(1992), null) with { Sources = [Web] };

    /// <summary>No stated dates; one source shows it holding in 2023 (with the curators' translation and note).</summary>
    public static Relationship Attested { get; } = Relationship("rel:f-attested", RelationshipType.MemberOf, Laos.Id, Ilo.Id, null, null) with
    {
        Sources = [Article with { AsOf = PartialDate.OfYear(2023), Translation = "Minister Dao Ngoc Dung signed the MoU", Note = "article dated 2023" }],
    };

    public static GraphBatch Batch { get; } = new(
        [Vietnam, Korea, Laos, Molisa, VietnamMission, Dung, Ilo, Agreement],
        [PartOf, HoldsPosition, Signed, Cooperates, MemberOf, Attested]);

    public static Entity Entity(string id, EntityKind kind, string name) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Sources = [new Source(null, "https://example.org/" + id, "quote for " + name, "en")],
    };

    public static Relationship Relationship(string id, RelationshipType type, string from, string to, PartialDate? validFrom, PartialDate? validTo) => new()
    {
        Id = id,
        Type = type,
        From = from,
        To = to,
        ValidFrom = validFrom,
        ValidTo = validTo,
        Sources = [new Source("article.txt", null, "quote for " + id, "en")],
    };
}
