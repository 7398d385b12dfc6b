namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// Serves the GraphiQL playground at <c>/playground</c> from our own files (GraphiQL, its explorer plugin and React come from npm into
/// wwwroot/lib at build time; no CDN).
/// </summary>
internal static class PlaygroundExtensions
{
    public const string Path = "/playground";

    public static WebApplication MapPlayground(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapGet("/", () => Results.Redirect(Path));
        app.MapGet(Path, (IWebHostEnvironment environment) =>
            Results.File(environment.WebRootFileProvider.GetFileInfo("playground/index.html").CreateReadStream(), "text/html; charset=utf-8"));
        app.MapGet($"{Path}/examples.json", () => Results.Json(PlaygroundExamples.All));
        return app;
    }
}
