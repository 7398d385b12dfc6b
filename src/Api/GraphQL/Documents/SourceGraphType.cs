using GraphQL.Types;

using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Relationships;
using KnowledgeGraph.Api.Sources;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Documents;

/// <summary>Evidence for a fact: the source article or URL, the quote in its original language and when it shows the fact holding.</summary>
internal sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Field(s => s.Document, nullable: true).Description("Id of the catalogued document quoted (an article's file name, the fact sheet, a web page's excerpt)");
        Field(s => s.Url, nullable: true).Description("URL of a public source");
        Field(s => s.Quote).Description("The sentence stating the fact, in its original language");
        Field(s => s.Language, nullable: true).Description("Language code of the quote (vi, en...)");
        Field<PartialDateGraphType>("asOf")
            .Description("When the quote shows the fact holding (the event's date, else the document's date): an attestation, not a start")
            .Resolve(c => c.Source.AsOf);
        Field(s => s.Translation, nullable: true).Description("English translation of the quote, by the curators");
        Field(s => s.Note, nullable: true).Description("The curators' note, e.g. how asOf was read when the quote does not give it; never part of the source");
        Field(s => s.ReviewedBy, nullable: true).Description("Who accepted this source in a review of ingested candidates (/curate); null when it was not so reviewed");
        Field<StringGraphType>("reviewedAt")
            .Description("When it was accepted, ISO 8601 in UTC (2024-03-01T09:30:00Z); null when it was not so reviewed")
            .Resolve(c => c.Source.ReviewedAt is { } reviewed ? ReviewTime.Format(reviewed) : null);
        Field<DocumentGraphType>("documentRecord")
            .Description("The catalogue record of the document quoted: title, publisher, date, language, address; null without a document")
            .ResolveAsync(async c => c.Source.Document is { } id ? await c.Documents().LoadAsync(id, c.CancellationToken) : null);
        Field<StringGraphType>("viewer")
            .Description("Path of the page showing the document with this quote highlighted, opened at it; null without a document")
            .Resolve(c => SourceViewerPaths.AtQuote(c.Source));
    }
}
