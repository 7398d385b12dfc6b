using KnowledgeGraph.Api.Hosting.Pages;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// The GraphiQL playground at <c>/playground</c> (also the service's front page): the page from
/// <c>Playground/Page</c>, GraphiQL, its explorer plugin and React at <c>/playground/lib</c>, and the example
/// operations as <c>/playground/examples.json</c>.
/// </summary>
internal static class PlaygroundEndpoints
{
    public const string Path = "/playground";
    private static readonly string[] Folder = ["Playground", "Page"];

    public static StaticFileOptions[] Files(IWebHostEnvironment environment) =>
    [
        PageFiles.Libraries(environment, $"{Path}/lib", "playground"),
        PageFiles.Folder(environment, Path, Folder),
    ];

    public static WebApplication MapPlayground(this WebApplication app)
    {
        app.MapGet("/", () => Results.Redirect(Path));
        app.MapGet(Path, (IWebHostEnvironment environment) => PageFiles.Index(environment, Folder));
        app.MapGet($"{Path}/examples.json", () => Results.Json(PlaygroundExamples.All));
        return app;
    }
}
