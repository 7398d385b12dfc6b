using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Queries;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Seed;

/// <summary>The curated dataset answers who, with whom, when and on what occasion as its sources support, no more and no less.</summary>
public sealed class CuratedAnswersTests : SqliteStoreTest
{
    private static DateWindow During(string date) => DateWindow.At(PartialDate.Parse(date));

    private async Task<IReadOnlyList<string>> HoldersAsync(string body, string date)
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);
        var positions = await Store.GetRelationshipsOfAsync(body, new RelationshipQuery
        {
            Window = During(date),
            Types = new HashSet<RelationshipType> { RelationshipType.HoldsPosition },
            Direction = Direction.Incoming,
        });
        return [.. positions.Select(p => p.From).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task One_director_headed_the_International_Cooperation_Department_in_October_2021() =>
        Assert.Equal(["person:nguyen-manh-cuong"], await HoldersAsync("ministry:VNM-MOLISA-ICD", "2021-10"));

    [Fact]
    public async Task MOLISA_had_its_Minister_in_2020() =>
        Assert.Equal(["person:dao-ngoc-dung"], await HoldersAsync("ministry:VNM-MOLISA", "2020"));

    [Fact]
    public async Task Viet_Nam_is_a_WTO_member_from_its_accession_while_APEC_membership_is_attested_in_2023_only()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);
        var memberships = new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.MemberOf }, Direction = Direction.Outgoing };

        var in2010 = await Store.GetRelationshipsOfAsync("country:VNM", memberships with { Window = During("2010") });
        var in2023 = await Store.GetRelationshipsOfAsync("country:VNM", memberships with { Window = During("2023") });
        var wto = await Store.GetRelationshipAsync("rel:vnm-member-of-wto");

        Assert.Contains(in2010, r => r.To == "org:WTO");
        Assert.DoesNotContain(in2010, r => r.To == "org:APEC");
        Assert.Contains(in2023, r => r.To == "org:APEC");
        Assert.Equal(PartialDate.OfDay(2007, 1, 11), wto!.ValidFrom);
        Assert.Contains(wto.Sources, s => s.AsOf == PartialDate.OfYear(2023) && s.Document is not null);
    }

    [Fact]
    public async Task Agreements_involving_the_United_States_since_2000_include_the_MOLISA_DOL_MoU()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var found = await new AgreementsInvolving(Store).FindAsync("country:USA", DateWindow.Between(PartialDate.OfYear(2000), null));

        Assert.Contains(found, m => m.Agreement.Id == "agreement:vnm-usa-molisa-dol-mou-2000");
    }

    [Fact]
    public async Task The_US_Department_of_Labor_funds_Viet_Nam_as_article_003_states_not_the_MoU_document()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var funding = await Store.GetRelationshipsOfAsync("ministry:USA-DOL", new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.Funds }, Direction = Direction.Outgoing });

        Assert.Equal(["country:VNM", "org:ILO"], funding.Select(f => f.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_2021_ILO_MoU_on_labour_standards_was_signed_by_MOLISA()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var links = await Store.GetRelationshipsOfAsync("agreement:vnm-ilo-mou-international-labour-standards-2021", RelationshipQuery.All);

        Assert.Contains(links, l => l.Type == RelationshipType.Signed && l.From == "ministry:VNM-MOLISA");
        Assert.DoesNotContain(links, l => l.From == "country:VNM");
    }

    [Theory]
    [InlineData("country:JPN", "agreement:vnm-jpn-social-insurance-agreement", AgreementStatus.Planned)]
    [InlineData("country:DEU", "agreement:vnm-deu-social-insurance-agreement", AgreementStatus.Planned)]
    [InlineData("country:DEU", "agreement:molisa-deu-ba-mou", AgreementStatus.Planned)]
    [InlineData("country:POL", "agreement:vnm-pol-labour-mou", AgreementStatus.Planned)]
    [InlineData("country:LAO", "agreement:molisa-molsw-cooperation-arrangement-draft-2021", AgreementStatus.UnderNegotiation)]
    [InlineData("country:LAO", "agreement:vnm-lao-hr-skills-agreement", AgreementStatus.UnderNegotiation)]
    public async Task Planned_and_negotiated_agreements_involve_their_intended_parties_with_their_status(string country, string agreement, AgreementStatus status)
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var found = await new AgreementsInvolving(Store).FindAsync(country, DateWindow.All, statuses: new HashSet<AgreementStatus> { status });

        Assert.Contains(found, m => m.Agreement.Id == agreement);
    }

    [Theory]
    [InlineData("agreement:vnm-kor-eps-mou-2023", "event:kor-president-official-visit-2023")]
    [InlineData("agreement:vnm-are-human-resources-mou-2023", "event:vnm-pm-visit-tur-cop28-are-2023")]
    public async Task Agreements_are_linked_to_the_occasion_they_were_signed_at(string agreement, string occasion)
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var links = await Store.GetRelationshipsOfAsync(agreement, new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.SignedDuring } });

        Assert.Equal([occasion], links.Select(l => l.To));
    }

    [Theory]
    [InlineData("country:VNM", "instrument:vnm-labour-code-2019", null)]
    [InlineData("country:VNM", "instrument:vnm-trade-union-law-amendment", "PLANNED")]
    [InlineData("country:VNM", "instrument:vnm-plan-15-ilo-conventions-2021-2030", null)]
    [InlineData("org:ILO", "instrument:ilo-declaration-fundamental-principles-rights-at-work", null)]
    public async Task Laws_plans_and_declarations_the_sources_name_are_there_with_who_adopts_them(string adopter, string instrument, string? status)
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var adopted = await Store.GetRelationshipsOfAsync(instrument, new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.Adopted } });

        var link = Assert.Single(adopted);
        Assert.Equal(adopter, link.From);
        Assert.Equal(status, link.Properties.GetValueOrDefault(GraphOntology.StatusProperty));
    }

    [Fact]
    public async Task Viet_Nam_and_Laos_cooperate_on_vocational_twinning_and_within_the_Mekong_subregion_as_of_the_2021_workshop()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var cooperation = await Store.GetRelationshipsOfAsync("country:LAO", new RelationshipQuery
        {
            Window = During("2021-10-19"),
            Types = new HashSet<RelationshipType> { RelationshipType.CooperatesWith },
        });

        Assert.Contains(cooperation, c => c.Properties.GetValueOrDefault("areas", "").Contains("kết nghĩa", StringComparison.Ordinal));
        Assert.Contains(cooperation, c => c.Properties.GetValueOrDefault("areas", "").Contains("Mekong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_social_insurance_agreement_with_Japan_is_still_planned_in_the_2024_directions()
    {
        Assert.True((await Importer.ImportPathAsync(RepositoryPaths.Seed)).Succeeded);

        var found = await new AgreementsInvolving(Store).FindAsync("country:JPN", DateWindow.Between(PartialDate.OfYear(2024), null));

        Assert.Contains(found, m => m.Agreement.Id == "agreement:vnm-jpn-social-insurance-agreement");
    }
}
