using KnowledgeGraph.Import;
using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.Validation;

namespace KnowledgeGraph.Tests.Validation;

// A source citing a document: the document must be catalogued and, when its text is stored, hold the quote.
public sealed partial class BatchValidatorTests
{
    private const string Text = "Bộ trưởng Đào Ngọc Dung\nký Bản ghi nhớ về chương trình EPS.";

    private static DocumentRecord Article(string id = "article.txt") =>
        new() { Id = id, Title = "Ký Bản ghi nhớ", TitleEnglish = "An MoU is signed", Language = "vi", Text = Text };

    private static EntityRecord Citing(string document, string quote, string? url = null) =>
        Records.Entity("agreement:eps-mou-2023", "AGREEMENT", "EPS MoU") with { Sources = [new() { Document = document, Url = url, Quote = quote, Language = "vi" }] };

    private Task<BatchValidation> ValidateCitingAsync(EntityRecord entity, params DocumentRecord[] documents)
    {
        var records = Records.Batch([entity]);
        return _validator.ValidateAsync(records.Entities, records.Relationships, _store,
            [.. documents.Select((d, i) => new Located<DocumentRecord>($"test $.documents[{i}]", d))]);
    }

    [Fact]
    public async Task A_quote_found_in_the_document_of_the_batch_passes_whatever_its_line_breaks()
    {
        var result = await ValidateCitingAsync(Citing("article.txt", "Đào Ngọc Dung ký  Bản ghi nhớ"), Article());

        Assert.Empty(result.Errors);
        Assert.Equal("article.txt", Assert.Single(result.Batch!.Documents).Id);
    }

    [Fact]
    public async Task A_document_already_in_the_store_is_cited_without_repeating_it()
    {
        await _store.WriteAsync((await ValidateCitingAsync(Citing("article.txt", "chương trình EPS"), Article())).Batch!);

        var result = await ValidateCitingAsync(Citing("article.txt", "Bộ trưởng Đào Ngọc Dung"));

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task An_unknown_document_id_is_refused_on_the_source_field()
    {
        var result = await ValidateCitingAsync(Citing("missing.txt", "Bộ trưởng Đào Ngọc Dung"), Article());

        var error = Assert.Single(result.Errors);
        Assert.Equal(("test $.entities[0]", "sources[0].document", "missing.txt"), (error.Location, error.Field, error.Value));
        Assert.Contains("no catalogued document has this id", error.Message);
    }

    [Fact]
    public async Task A_quote_not_in_the_stored_text_is_refused_on_the_quote_field()
    {
        var result = await ValidateCitingAsync(Citing("article.txt", "Bộ trưởng Đào Ngọc Dung ký Hiệp định"), Article());

        var error = Assert.Single(result.Errors);
        Assert.Equal(("sources[0].quote", "Bộ trưởng Đào Ngọc Dung ký Hiệp định"), (error.Field, error.Value));
        Assert.Contains("not found word for word in the text of document 'article.txt'", error.Message);
    }

    [Fact]
    public async Task A_document_without_stored_text_accepts_any_quote()
    {
        var result = await ValidateCitingAsync(Citing("article.txt", "Một câu khác"), Article() with { Text = null });

        Assert.Empty(result.Errors);
    }

    [Fact]
    public async Task A_url_beside_a_document_must_be_the_documents_own()
    {
        var page = Article() with { Url = "https://example.org/page" };

        var same = await ValidateCitingAsync(Citing("article.txt", "chương trình EPS", "https://example.org/page"), page);
        var other = await ValidateCitingAsync(Citing("article.txt", "chương trình EPS", "https://example.org/other"), page);

        Assert.Empty(same.Errors);
        Assert.Equal("sources[0].url", Assert.Single(other.Errors).Field);
    }

    [Fact]
    public async Task A_catalogue_record_needs_a_title_a_language_and_an_English_title_when_not_in_English()
    {
        var bad = new DocumentRecord { Id = "bad id.txt", Language = "vi", Published = "2021-13", ExcerptTaken = "2026-12-01" };

        var result = await ValidateCitingAsync(Citing("article.txt", "chương trình EPS"), Article(), bad);

        Assert.Equal(
            ["test $.documents[1] id", "test $.documents[1] title", "test $.documents[1] titleEnglish", "test $.documents[1] published", "test $.documents[1] excerptTaken"],
            result.Errors.Select(e => $"{e.Location} {e.Field}"));
    }

    [Fact]
    public async Task The_same_document_id_twice_with_different_content_is_refused()
    {
        var result = await ValidateCitingAsync(Citing("article.txt", "chương trình EPS"), Article(), Article() with { Title = "Khác" });

        var error = Assert.Single(result.Errors);
        Assert.Equal(("test $.documents[1]", "id"), (error.Location, error.Field));
    }
}
