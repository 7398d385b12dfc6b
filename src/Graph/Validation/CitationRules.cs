using KnowledgeGraph.Import;
using KnowledgeGraph.Model;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Validation;

/// <summary>
/// What a source may say about the document it cites: the document is catalogued (in the batch or the store), its quote
/// stands in the document's stored text word for word (white space aside) when a text is stored, and a URL given beside
/// the document is the document's own.
/// </summary>
internal static class CitationRules
{
    public static IEnumerable<string> CitedIds(IEnumerable<Source> sources) =>
        sources.Select(s => s.Document).OfType<string>();

    public static void Check(string location, IReadOnlyList<Source> sources, IReadOnlyDictionary<string, Document> documents, List<RecordError> errors)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            if (source.Document is not { } id)
                continue;
            if (!documents.TryGetValue(id, out var document))
            {
                errors.Add(new(location, $"sources[{i}].document", "no catalogued document has this id, in the batch or the store", id));
                continue;
            }

            if (document.Text is { } text && !QuoteSearch.Contains(text, source.Quote))
                errors.Add(new(location, $"sources[{i}].quote", $"the quote is not found word for word in the text of document '{id}'", source.Quote));
            if (source.Url is { } url && document.Url is { } own && !string.Equals(url, own, StringComparison.Ordinal))
                errors.Add(new(location, $"sources[{i}].url", $"document '{id}' is catalogued with the url {own}; a source citing it gives that url or none", url));
        }
    }

    /// <summary>A stored fact's quotes of <paramref name="document"/> against the document's new text.</summary>
    public static void CheckStillQuoted(string location, Document document, string factId, IEnumerable<Source> sources, List<RecordError> errors)
    {
        foreach (var source in sources.Where(s => s.Document == document.Id && !QuoteSearch.Contains(document.Text!, s.Quote)))
            errors.Add(new(location, "text", $"the text no longer holds the quote that {factId} cites from this document", source.Quote));
    }
}
