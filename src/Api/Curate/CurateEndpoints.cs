using KnowledgeGraph.Api.Hosting.Pages;

namespace KnowledgeGraph.Api.Curate;

/// <summary>
/// The review page for ingested candidates at <c>/curate</c> (its files from <c>Curate/Page</c>; it borrows the
/// explorer's stylesheet for the same look, so it has no libraries of its own) and <c>POST /curate/accept</c>, which
/// writes the accepted candidates through the import, API key required (<see cref="AcceptEndpoint"/>).
/// </summary>
internal static class CurateEndpoints
{
    public const string Path = "/curate";
    private static readonly string[] Folder = ["Curate", "Page"];

    public static StaticFileOptions[] Files(IWebHostEnvironment environment) => [PageFiles.Folder(environment, Path, Folder)];

    public static WebApplication MapCurate(this WebApplication app)
    {
        app.MapGet(Path, (IWebHostEnvironment environment) => PageFiles.Index(environment, Folder));
        app.MapPost(Path + "/accept", AcceptEndpoint.HandleAsync);
        return app;
    }
}
