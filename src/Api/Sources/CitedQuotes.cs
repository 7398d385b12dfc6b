using KnowledgeGraph.Model;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Text;

namespace KnowledgeGraph.Api.Sources;

/// <summary>The quotes the graph cites from one document, each once (the same words cited by several facts are one quote), in text order.</summary>
internal static class CitedQuotes
{
    public static async Task<IReadOnlyList<CitedQuote>> ForAsync(Document document, IGraphStore store, CancellationToken cancellationToken)
    {
        var citations = await store.GetCitationsAsync(document.Id, cancellationToken);
        var ends = citations.Relationships.SelectMany(r => new[] { r.From, r.To }).ToHashSet(StringComparer.Ordinal);
        var names = await store.GetEntitiesAsync(ends, cancellationToken);
        string NameOf(string id) => names.TryGetValue(id, out var entity) ? entity.Name : id;

        var citing = citations.Entities
            .SelectMany(e => e.Sources.Select(s => (Source: s, Fact: new CitingFact(e.Id, $"{e.Name} ({e.Kind.Name()})", Explore(e.Id)))))
            .Concat(citations.Relationships.SelectMany(r => r.Sources.Select(s =>
                (Source: s, Fact: new CitingFact(r.Id, $"{NameOf(r.From)} — {r.Type.Name()} → {NameOf(r.To)}", Explore(r.From))))))
            .Where(c => c.Source.Document == document.Id);
        return [.. citing
            .GroupBy(c => QuoteSearch.Anchor(c.Source.Quote), StringComparer.Ordinal)
            .Select(g =>
            {
                var source = g.First().Source;
                var span = document.Text is { } text ? QuoteSearch.Find(text, source.Quote) : null;
                var translation = g.Select(c => c.Source.Translation).FirstOrDefault(t => t is not null);
                return new CitedQuote(g.Key, source.Quote, source.Language, span, [.. g.Select(c => c.Fact).DistinctBy(f => f.Id)], translation);
            })
            .OrderBy(q => q.Span is null)
            .ThenBy(q => q.Span?.Start)];
    }

    private static string Explore(string entityId) => $"/explore#of={Uri.EscapeDataString(entityId)}";
}
