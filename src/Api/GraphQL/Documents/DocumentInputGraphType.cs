using GraphQL.Types;

using KnowledgeGraph.Import;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>The <c>DocumentInput</c> of <c>upsertDocument</c>: a catalogue record with its text; checked by the import's validators.</summary>
internal sealed class DocumentInputGraphType : InputObjectGraphType<DocumentRecord>
{
    public DocumentInputGraphType()
    {
        Name = "DocumentInput";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Letters, digits, '.', '_' and '-': a file name such as 001_7453ac8fb6f0193d.txt");
        Field(d => d.Title, type: typeof(NonNullGraphType<StringGraphType>)).Description("The title in the document's language");
        Field(d => d.TitleEnglish, nullable: true).Description("The title in English, the curators' translation (required when the document is not in English)");
        Field(d => d.Publisher, nullable: true).Description("Who published it; leave out when the material does not say");
        Field(d => d.Published, nullable: true).Description("When it was published, as a partial date; leave out when the material does not say");
        Field(d => d.Language, type: typeof(NonNullGraphType<StringGraphType>)).Description("Language code of the document");
        Field(d => d.Url, nullable: true).Description("Address of the page");
        Field(d => d.ExcerptTaken, nullable: true).Description("For a web page: the day the excerpt in text was taken, as a partial date");
        Field(d => d.Note, nullable: true).Description("The curators' note on the record");
        Field(d => d.Text, nullable: true).Description("The document's words, verbatim; quotes citing the document are checked against it");
    }
}
