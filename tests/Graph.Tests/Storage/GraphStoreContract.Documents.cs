using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Tests.Storage;

// What every store promises about the document catalogue; runs on each backend with the rest of the contract.
public abstract partial class GraphStoreContract
{
    private async Task<IGraphStore> CataloguedStoreAsync()
    {
        var store = await StoreAsync();
        await store.WriteAsync(Sample.Batch with { Documents = [SampleDocuments.Article, SampleDocuments.Page] });
        return store;
    }

    [SkippableFact]
    public async Task Written_documents_read_back_equal_with_every_field_and_their_text()
    {
        var store = await CataloguedStoreAsync();

        var found = await store.GetDocumentsAsync([SampleDocuments.Article.Id, SampleDocuments.Page.Id, "missing.txt"]);

        Assert.Equal(2, found.Count);
        Assert.Equal(SampleDocuments.Article, found[SampleDocuments.Article.Id]);
        Assert.Equal(SampleDocuments.Page, found[SampleDocuments.Page.Id]);
    }

    [SkippableFact]
    public async Task The_catalogue_streams_in_id_order()
    {
        var store = await CataloguedStoreAsync();

        var all = new List<string>();
        await foreach (var document in store.StreamDocumentsAsync())
            all.Add(document.Id);

        Assert.Equal([SampleDocuments.Page.Id, SampleDocuments.Article.Id], all);
    }

    [SkippableFact]
    public async Task Writing_the_same_documents_again_changes_nothing_and_a_changed_one_counts_as_changed()
    {
        var store = await CataloguedStoreAsync();
        var version = await store.GetVersionAsync();

        var again = await store.WriteAsync(new GraphBatch([], []) with { Documents = [SampleDocuments.Article, SampleDocuments.Page] });
        var retitled = await store.WriteAsync(new GraphBatch([], []) with { Documents = [SampleDocuments.Page with { Title = "International labour standards", Note = null }] });

        Assert.Equal((0, 0, 2, version), (again.Added, again.Changed, again.Unchanged, again.Version));
        Assert.Equal((0, 1, 0), (retitled.Added, retitled.Changed, retitled.Unchanged));
        Assert.True(retitled.Version > version);
        Assert.Null((await store.GetDocumentsAsync([SampleDocuments.Page.Id]))[SampleDocuments.Page.Id].Note);
    }

    [SkippableFact]
    public async Task Citations_are_the_entities_and_relationships_with_a_source_naming_the_document()
    {
        var store = await CataloguedStoreAsync();

        var citations = await store.GetCitationsAsync(SampleDocuments.Article.Id);
        // This id is a substring of the article's: a store that matches text must still keep only exact citations.
        var none = await store.GetCitationsAsync("korea-2023.txt");

        Assert.Equal([Sample.Agreement.Id, Sample.Molisa.Id], citations.Entities.Select(e => e.Id));
        Assert.Contains(Sample.Signed.Id, citations.Relationships.Select(r => r.Id));
        Assert.Equal(
            Sample.Batch.Relationships.Where(r => r.Sources.Any(s => s.Document == SampleDocuments.Article.Id)).Select(r => r.Id).Order(StringComparer.Ordinal),
            citations.Relationships.Select(r => r.Id));
        Assert.Empty(none.Entities);
        Assert.Empty(none.Relationships);
    }
}
