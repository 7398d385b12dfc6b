using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>The <c>Document</c> type: a catalogued article, fact sheet or web excerpt that sources cite.</summary>
internal sealed class DocumentGraphType : ObjectGraphType<Document>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "A catalogued source document: an article, the fact sheet, or the excerpt kept of a web page";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id sources cite it by (a file name such as 001_7453ac8fb6f0193d.txt)");
        Field(d => d.Title).Description("The document's title in its language; in [brackets], the curators' description of a copy that shows no headline");
        Field(d => d.TitleEnglish, nullable: true).Description("The title in English, translated by the curators (null when the document is in English)");
        Field(d => d.Publisher, nullable: true).Description("Who published it; null when the material does not say");
        Field<PartialDateGraphType>("published").Description("When it was published; null when the material does not say").Resolve(c => c.Source.Published);
        Field(d => d.Language).Description("Language code of the document (vi, en, fr...)");
        Field(d => d.Url, nullable: true).Description("Address of the page, when it is known");
        Field<PartialDateGraphType>("excerptTaken")
            .Description("For a web page: the day the curators took the excerpt kept here from a stored copy of the page")
            .Resolve(c => c.Source.ExcerptTaken);
        Field(d => d.Note, nullable: true).Description("The curators' note on the record (where a date was read, what the copy lacks); never the document's words");
        Field(d => d.Text, nullable: true).Description("The document's words as stored, verbatim; null when only its record is kept");
        Field<NonNullGraphType<StringGraphType>>("viewer")
            .Description("Path of the page that shows the document with every quote the graph cites highlighted")
            .Resolve(c => SourceViewerPaths.Of(c.Source.Id));
    }
}
