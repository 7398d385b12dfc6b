using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>
/// Serves the partner-network explorer at <c>/explore</c>: the page's own files from <c>Explorer/Page</c> and the
/// drawing libraries that the build copied from npm into <c>wwwroot/lib/explorer</c> (no CDN). The page talks to
/// the GraphQL endpoint only.
/// </summary>
internal static class ExplorerExtensions
{
    public const string Path = "/explore";

    public static WebApplication MapExplorer(this WebApplication app)
    {
        var environment = app.Environment;
        var page = new PhysicalFileProvider(System.IO.Path.Combine(environment.ContentRootPath, "Explorer", "Page"));
        var libraries = new PhysicalFileProvider(System.IO.Path.Combine(environment.WebRootPath ?? System.IO.Path.Combine(environment.ContentRootPath, "wwwroot"), "lib", "explorer"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = libraries, RequestPath = $"{Path}/lib" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page, RequestPath = Path });
        app.MapGet(Path, () => Results.File(page.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        return app;
    }
}
