using KnowledgeGraph.Import;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Small valid records to start a test from; each test changes the one field it is about.</summary>
internal static class Records
{
    public static List<SourceRecord> Quote(string quote = "Bộ trưởng Đào Ngọc Dung") => [new() { Url = "https://example.org/evidence", Quote = quote, Language = "vi" }];

    public static EntityRecord Entity(string id, string kind, string name, params string[] aliases) =>
        new() { Id = id, Kind = kind, Name = name, Aliases = [.. aliases], Sources = Quote(name) };

    public static RelationshipRecord Relationship(string type, string from, string to, string? validFrom = null, string? validTo = null, string? id = null) =>
        new() { Id = id, Type = type, From = from, To = to, ValidFrom = validFrom, ValidTo = validTo, Sources = Quote() };

    public static RecordBatch Batch(IEnumerable<EntityRecord> entities, IEnumerable<RelationshipRecord>? relationships = null)
    {
        var batch = new RecordBatch();
        var index = 0;
        foreach (var entity in entities)
            batch.Entities.Add(new($"test $.entities[{index++}]", entity));
        index = 0;
        foreach (var relationship in relationships ?? [])
            batch.Relationships.Add(new($"test $.relationships[{index++}]", relationship));
        return batch;
    }

    /// <summary>Viet Nam, MOLISA (part of it, with aliases), its minister, Korea and the EPS MoU of June 2023.</summary>
    public static RecordBatch SmallGraph() => Batch(
        [
            Entity("country:VNM", "COUNTRY", "Viet Nam", "Vietnam"),
            Entity("country:KOR", "COUNTRY", "Republic of Korea", "Korea") ,
            Entity("ministry:VNM-MOLISA", "MINISTRY", "Ministry of Labour, Invalids and Social Affairs", "MOLISA", "Bộ LĐ-TB&XH"),
            Entity("person:dao-ngoc-dung", "PERSON", "Đào Ngọc Dung"),
            Entity("agreement:eps-mou-2023", "AGREEMENT", "MoU on the Employment Permit System") with { Date = "2023-06" },
        ],
        [
            Relationship("PART_OF", "ministry:VNM-MOLISA", "country:VNM", id: "rel:molisa-part-of-vnm"),
            Relationship("HOLDS_POSITION", "person:dao-ngoc-dung", "ministry:VNM-MOLISA", "2016-04", "2024-08", "rel:dung-minister"),
            Relationship("SIGNED", "ministry:VNM-MOLISA", "agreement:eps-mou-2023", "2023-06", id: "rel:molisa-signed-eps"),
            Relationship("PARTY_TO", "country:KOR", "agreement:eps-mou-2023", "2023-06", id: "rel:kor-party-eps"),
        ]);
}
