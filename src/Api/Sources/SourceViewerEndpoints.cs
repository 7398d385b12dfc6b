using KnowledgeGraph.Api.Hosting.Pages;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Api.Sources;

/// <summary>
/// Serves the source viewer, server-rendered from the store: <c>/sources</c> lists the catalogue and
/// <c>/sources/{document}</c> shows one document with the quotes the graph cites highlighted, so it works for every
/// document, curated or imported later. Its stylesheet and script come from <c>Sources/Page</c>, served at
/// <see cref="SourceViewerPaths.Assets"/>.
/// </summary>
internal static class SourceViewerEndpoints
{
    private const string Html = PageFiles.HtmlContentType;

    public static StaticFileOptions[] Files(IWebHostEnvironment environment) =>
        [PageFiles.Folder(environment, SourceViewerPaths.Assets, "Sources", "Page")];

    public static WebApplication MapSourceViewer(this WebApplication app)
    {
        app.MapGet(SourceViewerPaths.Root, async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            var documents = new List<Document>();
            await foreach (var document in store.StreamDocumentsAsync(cancellationToken))
                documents.Add(document);
            return Results.Content(SourceViewerPage.Catalogue(documents), Html);
        });
        app.MapGet(SourceViewerPaths.Root + "/{id}", async (string id, IGraphStore store, CancellationToken cancellationToken) =>
        {
            var document = (await store.GetDocumentsAsync([id], cancellationToken)).GetValueOrDefault(id);
            if (document is null)
                return Results.Content(SourceViewerPage.NotFound(id), Html, statusCode: StatusCodes.Status404NotFound);
            var quotes = await CitedQuotes.ForAsync(document, store, cancellationToken);
            return Results.Content(SourceViewerPage.Render(document, quotes), Html);
        });
        return app;
    }
}
