using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Curate;

/// <summary>
/// Serves the review page for ingested candidates at <c>/curate</c> (its files from <c>Curate/Page</c>, the explorer's
/// stylesheet for the same look) and <c>POST /curate/accept</c>, which writes the accepted candidates through the
/// import, API key required (<see cref="AcceptEndpoint"/>).
/// </summary>
internal static class CurateExtensions
{
    public const string Path = "/curate";

    public static WebApplication MapCurate(this WebApplication app)
    {
        var page = new PhysicalFileProvider(System.IO.Path.Combine(app.Environment.ContentRootPath, "Curate", "Page"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page, RequestPath = Path });
        app.MapGet(Path, () => Results.File(page.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        app.MapPost(Path + "/accept", AcceptEndpoint.HandleAsync);
        return app;
    }
}
