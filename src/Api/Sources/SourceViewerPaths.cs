using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.Sources;

/// <summary>Addresses of the source viewer: one page per catalogued document, an anchor per quote the graph cites.</summary>
internal static class SourceViewerPaths
{
    public const string Root = "/sources";

    /// <summary>The page's stylesheet and script; "_" starts no document id, so no document can hide them.</summary>
    public const string Assets = Root + "/_";

    public static string Of(string documentId) => $"{Root}/{Uri.EscapeDataString(documentId)}";

    /// <summary>The document's page, opened at the quote (its highlighted passage carries the same anchor).</summary>
    public static string AtQuote(string documentId, string quote) => $"{Of(documentId)}#{QuoteSearch.Anchor(quote)}";
}
