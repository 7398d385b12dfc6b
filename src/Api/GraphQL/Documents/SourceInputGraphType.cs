using GraphQL.Types;

using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>Evidence for a written fact: a document or URL and the quote in its original language.</summary>
internal sealed class SourceInputGraphType : InputObjectGraphType<SourceRecord>
{
    public SourceInputGraphType()
    {
        Name = "SourceInput";
        Field(s => s.Document, nullable: true).Description("Id of a catalogued document (see documents); its stored text must hold the quote");
        Field(s => s.Url, nullable: true).Description("URL of a public source");
        Field(s => s.Quote, nullable: true).Description("The sentence stating the fact, in its original language (required; checked by validation)");
        Field(s => s.Language, nullable: true).Description("Language code of the quote");
        Field(s => s.AsOf, nullable: true).Description("When the quote shows the fact holding, as a partial date (the event's date, else the document's date)");
        Field(s => s.Translation, nullable: true).Description("English translation of the quote, by the curators");
        Field(s => s.Note, nullable: true).Description("The curators' note, e.g. how asOf was read");
        Field(s => s.ReviewedBy, nullable: true).Description("Who accepted this source in a review (with reviewedAt)");
        Field(s => s.ReviewedAt, nullable: true).Description("When, ISO 8601 with its offset (2024-03-01T09:30:00Z)");
    }
}
