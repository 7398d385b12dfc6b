using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Tests.Seed;

public sealed class CuratedDatasetTests : SqliteStoreTest
{
    [Fact]
    public async Task The_curated_dataset_loads_with_zero_validation_errors()
    {
        var result = await Importer.ImportPathAsync(RepositoryPaths.Seed);

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.True(result.Outcome!.Added > 100);
    }

    [Theory]
    [InlineData("person:thea-lee", "Thea Lee")]
    [InlineData("person:le-van-thanh", "Lê Văn Thanh")]
    [InlineData("person:dao-ngoc-dung", "Đào Ngọc Dung")]
    [InlineData("person:vilayphong-sysomvang", "Vilayphong Sysomvang")]
    public async Task Key_people_are_there_with_a_quote(string id, string name)
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);

        var person = await Store.GetEntityAsync(id);

        Assert.NotNull(person);
        Assert.Contains(name, person.Names.Values.Append(person.Name));
        Assert.Contains(person.Sources, s => s.Quote.Length > 0);
    }

    [Fact]
    public async Task The_EPS_MoU_with_Korea_of_June_2023_is_there_and_linked_to_Korea()
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);

        var found = await Store.SearchAsync("EPS", [EntityKind.Agreement], 10);
        var mou = Assert.Single(found, e => e.Date is { Year: 2023, Month: 6 });
        var links = await Store.GetRelationshipsOfAsync(mou.Id, RelationshipQuery.All);
        var ends = await Store.GetEntitiesAsync([.. links.Select(l => l.From == mou.Id ? l.To : l.From)]);

        Assert.Contains(mou.Sources, s => s.Quote.Contains("EPS", StringComparison.Ordinal) || s.Quote.Contains("cấp phép", StringComparison.Ordinal));
        Assert.Contains(ends.Values, e => e.Id.StartsWith("ministry:KOR-", StringComparison.Ordinal) || e.Id == "country:KOR");
        Assert.All(links, l => Assert.NotEmpty(l.Sources));
    }

    [Fact]
    public async Task The_Vietnam_Laos_labour_cooperation_agreement_of_2013_is_there_with_a_quote()
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);

        var agreement = await Store.GetEntityAsync("agreement:vnm-lao-labour-cooperation-agreement-2013");

        Assert.NotNull(agreement);
        Assert.Equal(2013, agreement.Date?.Year);
        Assert.Contains(agreement.Sources, s => s.Quote.Contains("2013", StringComparison.Ordinal));
        var parties = await Store.GetRelationshipsOfAsync(agreement.Id, new RelationshipQuery { Types = new HashSet<RelationshipType> { RelationshipType.PartyTo } });
        Assert.Contains(parties, p => p.From == "country:LAO");
        Assert.Contains(parties, p => p.From == "country:VNM");
    }

    [Fact]
    public async Task Every_curated_record_carries_a_source_with_a_quote()
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);

        await foreach (var entity in Store.StreamEntitiesAsync())
            Assert.True(entity.Sources.Any(s => s.Quote.Length > 0), entity.Id);
        await foreach (var relationship in Store.StreamRelationshipsAsync())
            Assert.True(relationship.Sources.Any(s => s.Quote.Length > 0), relationship.Id);
    }

    [Fact]
    public async Task Every_quote_citing_a_document_is_found_verbatim_in_its_text()
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);
        var sources = new List<(string Id, KnowledgeGraph.Model.Source Source)>();
        await foreach (var entity in Store.StreamEntitiesAsync())
            sources.AddRange(entity.Sources.Select(s => (entity.Id, s)));
        await foreach (var relationship in Store.StreamRelationshipsAsync())
            sources.AddRange(relationship.Sources.Select(s => (relationship.Id, s)));
        var citing = sources.Where(s => s.Source.Document is not null).ToList();
        var documents = await Store.GetDocumentsAsync([.. citing.Select(s => s.Source.Document!)]);

        Assert.NotEmpty(citing);
        Assert.All(citing, s =>
        {
            Assert.True(documents.TryGetValue(s.Source.Document!, out var document), $"{s.Id} cites unknown document {s.Source.Document}");
            Assert.True(document.Text is not null, $"{s.Id} cites {s.Source.Document}, which has no stored text");
            Assert.True(QuoteSearch.Contains(document.Text, s.Source.Quote), $"{s.Id}: quote not in {s.Source.Document}: {s.Source.Quote}");
        });
    }

    [Fact]
    public async Task Importing_the_curated_dataset_twice_changes_nothing()
    {
        await Importer.ImportPathAsync(RepositoryPaths.Seed);
        var content = await ContentAsync();

        var again = await Importer.ImportPathAsync(RepositoryPaths.Seed);

        Assert.Equal(0, again.Outcome!.Added + again.Outcome.Changed);
        Assert.Equal(content, await ContentAsync());
    }
}
