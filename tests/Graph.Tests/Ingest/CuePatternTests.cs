using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class CuePatternTests
{
    [Theory]
    [InlineData("Thứ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung phát biểu.", "person:dao-ngoc-dung", "ministry:VNM-MOLISA")]
    [InlineData("Ông Đào Ngọc Dung, Vụ trưởng Vụ Hợp tác quốc tế, cho biết.", "person:dao-ngoc-dung", "ministry:VNM-MOLISA-ICD")]
    [InlineData("Deputy Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung said.", "person:dao-ngoc-dung", "ministry:VNM-MOLISA")]
    public void A_title_and_a_body_around_a_person_hold_a_position(string text, string person, string body)
    {
        Assert.Contains((RelationshipType.HoldsPosition, person, body), IngestSamples.Ingest(text).Facts());
    }

    [Fact]
    public void Leading_a_delegation_at_an_event_is_taking_part_attested_at_the_event_date()
    {
        var result = IngestSamples.Ingest("Tham dự Đối thoại lao động Việt Nam - Hoa Kỳ năm 2023, bà Thea Lee làm Trưởng đoàn.");

        var candidate = Assert.Single(result.Candidates, c => c.Type == RelationshipType.ParticipatedIn && c.From == "person:thea-lee");
        Assert.Equal("event:vnm-usa-labour-dialogue-2023", candidate.To);
        Assert.Equal(PartialDate.Parse("2023"), candidate.Facts[0].AsOf);
    }

    [Fact]
    public void Hosting_wording_names_the_host_of_the_event()
    {
        var result = IngestSamples.Ingest("Ngày 19/10/2023, tại Trụ sở Bộ Lao động Hoa Kỳ đã diễn ra Đối thoại lao động Việt Nam - Hoa Kỳ năm 2023.");

        var hosted = Assert.Single(result.Candidates, c => c.Type == RelationshipType.Hosted);
        Assert.Equal(("ministry:USA-DOL", "event:vnm-usa-labour-dialogue-2023"), (hosted.From, hosted.To));
        Assert.Equal(PartialDate.Parse("2023-10-19"), hosted.Facts[0].AsOf);
    }

    [Fact]
    public void Signing_an_agreement_makes_signers_and_parties_never_a_start_date()
    {
        var result = IngestSamples.Ingest("Bộ trưởng Đào Ngọc Dung ký Bản ghi nhớ về chương trình EPS với Hàn Quốc tháng 6/2023.");

        Assert.Contains((RelationshipType.Signed, "person:dao-ngoc-dung", "agreement:vnm-kor-eps-mou-2023"), result.Facts());
        Assert.Contains((RelationshipType.PartyTo, "country:KOR", "agreement:vnm-kor-eps-mou-2023"), result.Facts());
        var batch = KnowledgeGraph.Ingest.CandidateBatch.From(result, "sample.candidates.json");
        Assert.All(batch.Relationships, r => Assert.Null(r.ValidFrom));
        Assert.All(batch.Relationships.Where(r => r.Type != "PART_OF"), r => Assert.Equal("2023-06", r.Sources![0].AsOf));
    }

    [Fact]
    public void A_planned_agreement_makes_intended_parties_with_the_planned_status()
    {
        var result = IngestSamples.Ingest("Bộ sẽ thúc đẩy ký hiệp định về bảo hiểm xã hội với Đức.");

        var party = Assert.Single(result.Candidates, c => c.Type == RelationshipType.PartyTo && c.From == "country:DEU");
        Assert.Equal("PLANNED", party.Facts[0].Properties![GraphOntology.StatusProperty]);
        Assert.DoesNotContain(result.Candidates, c => c.Type == RelationshipType.Signed);
    }

    [Fact]
    public void A_negotiated_agreement_is_under_negotiation()
    {
        var result = IngestSamples.Ingest("Hai bên khởi động đàm phán hiệp định về bảo hiểm xã hội với Đức.");

        var party = Assert.Single(result.Candidates, c => c.Type == RelationshipType.PartyTo && c.From == "country:DEU");
        Assert.Equal("UNDER_NEGOTIATION", party.Facts[0].Properties![GraphOntology.StatusProperty]);
    }

    [Theory]
    [InlineData("Đẩy mạnh hợp tác giữa Bộ LĐ-TB&XH và Bộ Lao động Hoa Kỳ.", RelationshipType.CooperatesWith, "ministry:USA-DOL", "ministry:VNM-MOLISA")]
    [InlineData("Vietnam will expand cooperation with the US in labour.", RelationshipType.CooperatesWith, "country:USA", "country:VNM")]
    [InlineData("Lào là thành viên của ASEAN.", RelationshipType.MemberOf, "country:LAO", "org:ASEAN")]
    [InlineData("Ông Đào Ngọc Dung, Vụ trưởng Vụ Hợp tác quốc tế, Bộ LĐ-TB&XH cho biết.", RelationshipType.PartOf, "ministry:VNM-MOLISA-ICD", "ministry:VNM-MOLISA")]
    [InlineData("Bộ Lao động Hoa Kỳ hỗ trợ Việt Nam.", RelationshipType.PartOf, "ministry:USA-DOL", "country:USA")]
    [InlineData("UN Women hỗ trợ Việt Nam.", RelationshipType.PartOf, "org:UN-WOMEN", "org:UN")]
    [InlineData("Bộ phối hợp với các tổ chức Liên hợp quốc, đặc biệt là ILO.", RelationshipType.PartOf, "org:ILO", "org:UN")]
    [InlineData("The US Department of Labour has provided more than 50 million USD for Vietnam.", RelationshipType.Funds, "ministry:USA-DOL", "country:VNM")]
    [InlineData("The US side appreciated Vietnam's adoption of the 2019 Labour Code.", RelationshipType.Adopted, "country:VNM", "instrument:vnm-labour-code-2019")]
    [InlineData("Tại Đối thoại lao động Việt Nam - Hoa Kỳ năm 2023, hai bên thảo luận Bộ Luật lao động năm 2019.", RelationshipType.RefersTo, "event:vnm-usa-labour-dialogue-2023", "instrument:vnm-labour-code-2019")]
    public void Cue_phrases_give_their_relationship_types(string text, RelationshipType type, string from, string to)
    {
        Assert.Contains((type, from, to), IngestSamples.Ingest(text, text.Any(c => c > 127) ? "vi" : "en").Facts());
    }

    [Fact]
    public void Sibling_units_in_a_list_are_not_parts_of_each_other()
    {
        var result = IngestSamples.Ingest("Đại diện Vụ Hợp tác quốc tế, Bộ Lao động Hoa Kỳ và Cơ quan lao động Liên bang Đức tham dự.");

        Assert.DoesNotContain(result.Candidates, c => c.Type == RelationshipType.PartOf && c.To == "ministry:DEU-BA");
    }

    [Fact]
    public void Every_candidate_gives_a_confidence_and_the_pattern_and_words_behind_it()
    {
        var result = IngestSamples.Ingest("Thứ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung phát biểu.");

        Assert.All(result.Candidates.SelectMany(c => c.Facts), f =>
        {
            Assert.InRange(f.Confidence, 0.01, 1);
            Assert.Contains("Thứ trưởng", f.Reason);
        });
    }
}
