using KnowledgeGraph.Ontology;

namespace KnowledgeGraph.Tests.Ingest;

public sealed class PluralAgreementTests
{
    private const string Korea = "agreement:vnm-kor-social-insurance-agreement";
    private const string Germany = "agreement:vnm-deu-social-insurance-agreement";

    [Theory]
    [InlineData("Việt Nam sẽ thúc đẩy ký kết các hiệp định về bảo hiểm xã hội với Hàn Quốc, Đức.", "vi")]
    [InlineData("Viet Nam se thuc day ky ket cac hiep dinh ve bao hiem xa hoi voi Han Quoc va Duc.", "vi")]
    [InlineData("Vietnam will promote agreements on social insurance with Korea and Germany.", "en")]
    public void Plural_agreements_with_listed_states_are_one_known_agreement_per_state(string text, string language)
    {
        var result = IngestSamples.Ingest(text, language);

        var facts = result.Facts().ToList();
        Assert.Contains((RelationshipType.PartyTo, "country:KOR", Korea), facts);
        Assert.Contains((RelationshipType.PartyTo, "country:DEU", Germany), facts);
        Assert.Contains((RelationshipType.PartyTo, "country:VNM", Korea), facts);
        Assert.Contains((RelationshipType.PartyTo, "country:VNM", Germany), facts);
        Assert.DoesNotContain((RelationshipType.PartyTo, "country:KOR", Germany), facts);
        var planned = Assert.Single(result.Candidates, c => c.Type == RelationshipType.PartyTo && c.From == "country:KOR");
        Assert.Equal("PLANNED", planned.Facts[0].Properties![GraphOntology.StatusProperty]);
    }

    [Fact]
    public void A_plural_agreement_on_a_subject_no_known_agreement_has_is_not_read()
    {
        var result = IngestSamples.Ingest("Việt Nam sẽ thúc đẩy ký kết các hiệp định về thương mại với Hàn Quốc, Đức.");

        Assert.DoesNotContain(result.Candidates, c => c.Type == RelationshipType.PartyTo);
    }
}
