using KnowledgeGraph.Ingest;
using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class DescribedEventTests
{
    private const string Meeting = "event:molisa-dol-meeting-2023-05-11";

    [Theory]
    [InlineData("On May 11, Minister Dao Ngoc Dung had a bilateral meeting with Ms. Thea Lee.", "en")]
    [InlineData("Ngày 11/5, Bộ trưởng Đào Ngọc Dung có cuộc gặp với bà Thea Lee.", "vi")]
    [InlineData("Ngay 11/5, Bo truong Dao Ngoc Dung co cuoc gap voi ba Thea Lee.", "vi")]
    public void A_described_meeting_is_the_known_meeting_sharing_its_people_and_the_people_took_part(string text, string language)
    {
        var result = IngestSamples.Ingest(text, language, "2023-06-01");

        Assert.Contains((RelationshipType.ParticipatedIn, "person:dao-ngoc-dung", Meeting), result.Facts());
        Assert.Contains((RelationshipType.ParticipatedIn, "person:thea-lee", Meeting), result.Facts());
        var mention = Assert.Single(result.Sentences[0].Mentions, m => m.EntityId == Meeting);
        Assert.NotNull(mention.InferredFrom);
    }

    [Fact]
    public void A_description_sharing_only_a_day_with_two_known_meetings_is_not_read_as_either()
    {
        var result = IngestSamples.Ingest("On May 11, the delegation had a meeting with the press.", "en", "2023-06-01");

        Assert.DoesNotContain(result.Sentences[0].Mentions, m => m.Kind == EntityKind.Event);
    }

    [Fact]
    public void An_event_dated_after_the_document_is_not_what_it_describes()
    {
        var result = IngestSamples.Ingest("Minister Dao Ngoc Dung had a meeting with Ms. Thea Lee.", "en", "2022-06-01");

        Assert.DoesNotContain(result.Sentences[0].Mentions, m => m.Kind == EntityKind.Event);
    }

    [Fact]
    public void A_visit_opening_the_sentence_is_hosted_by_the_state_visited_and_is_when_the_agreement_was_signed()
    {
        var result = IngestSamples.Ingest("Trong chuyến thăm Hàn Quốc, Bộ trưởng Đào Ngọc Dung ký Bản ghi nhớ về chương trình EPS.", "vi", "2023-06-01");

        Assert.Contains((RelationshipType.Hosted, "country:KOR", "event:dao-ngoc-dung-visit-kor-2023"), result.Facts());
        Assert.Contains((RelationshipType.ParticipatedIn, "person:dao-ngoc-dung", "event:dao-ngoc-dung-visit-kor-2023"), result.Facts());
        Assert.Contains((RelationshipType.SignedDuring, "agreement:vnm-kor-eps-mou-2023", "event:dao-ngoc-dung-visit-kor-2023"), result.Facts());
        Assert.DoesNotContain((RelationshipType.ParticipatedIn, "country:KOR", "event:dao-ngoc-dung-visit-kor-2023"), result.Facts());
    }

    [Theory]
    [InlineData("On May 12, Minister Dao Ngoc Dung had a meeting with Ms. Thea Lee.", "en")]
    [InlineData("Ngày 12/5, Bộ trưởng Đào Ngọc Dung có cuộc gặp với bà Thea Lee.", "vi")]
    [InlineData("Ngay 12/5, Bo truong Dao Ngoc Dung co cuoc gap voi ba Thea Lee.", "vi")]
    public void A_described_meeting_on_a_day_no_known_event_has_is_proposed_as_a_new_event_attested_that_day(string text, string language)
    {
        var result = IngestSamples.Ingest(text, language, "2023-06-01");

        const string id = "event:dao-ngoc-dung-thea-lee-meeting-2023-05-12";
        var proposed = Assert.Single(result.NewEntities, e => e.Kind == EntityKind.Event);
        Assert.Equal(id, proposed.Id);
        Assert.Matches(GraphOntology.Definition(EntityKind.Event).IdPattern, id);
        var taking = Assert.Single(result.Candidates, c => c.Type == RelationshipType.ParticipatedIn && c.From == "person:thea-lee");
        Assert.Equal(id, taking.To);
        Assert.Equal(PartialDate.Parse("2023-05-12"), taking.Facts[0].AsOf);
        var batch = CandidateBatch.From(result, "sample.candidates.json");
        Assert.All(batch.Relationships, r => Assert.Null(r.ValidFrom));
    }
}
