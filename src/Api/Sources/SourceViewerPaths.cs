using System.Runtime.CompilerServices;

using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.Sources;

/// <summary>Addresses of the source viewer: one page per catalogued document, an anchor per quote the graph cites.</summary>
internal static class SourceViewerPaths
{
    public const string Root = "/sources";

    // Answers' sources come from the record cache, shared by every request of a store version: each one's path (a hash
    // of its folded quote) is computed once, and forgotten with the record.
    private static readonly ConditionalWeakTable<Source, string> QuotePaths = new();

    /// <summary>The page's stylesheet and script; "_" starts no document id, so no document can hide them.</summary>
    public const string Assets = Root + "/_";

    public static string Of(string documentId) => $"{Root}/{Uri.EscapeDataString(documentId)}";

    /// <summary>The document's page, opened at the quote (its highlighted passage carries the same anchor).</summary>
    public static string AtQuote(string documentId, string quote) => $"{Of(documentId)}#{QuoteSearch.Anchor(quote)}";

    /// <summary>The viewer at <paramref name="source"/>'s quote in its document; null for a source without a document.</summary>
    public static string? AtQuote(Source source) =>
        source.Document is null ? null : QuotePaths.GetValue(source, static s => AtQuote(s.Document!, s.Quote));
}
