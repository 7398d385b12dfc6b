using GraphQL.Types;

using KnowledgeGraph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Evidence for a fact: the source article or URL and the quote in its original language.</summary>
internal sealed class SourceGraphType : ObjectGraphType<Source>
{
    public SourceGraphType()
    {
        Name = "Source";
        Field(s => s.Document, nullable: true).Description("File name of the source article");
        Field(s => s.Url, nullable: true).Description("URL of a public source");
        Field(s => s.Quote).Description("The sentence stating the fact, in its original language");
        Field(s => s.Language, nullable: true).Description("Language code of the quote (vi, en...)");
    }
}
