using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Views;

/// <summary>
/// Serves one analyst view the way the explorer is served: its own page folder at <c>path</c>, the modules both
/// views share at <c>path/shared</c> and the npm libraries the build copied into <c>wwwroot/lib/views</c> at
/// <c>path/lib</c> (no CDN). Each view carries its own copy of the mounts so either can be registered alone.
/// </summary>
internal static class ViewPage
{
    public static WebApplication MapViewPage(this WebApplication app, string path, string folder)
    {
        var environment = app.Environment;
        var views = System.IO.Path.Combine(environment.ContentRootPath, "Views");
        var page = new PhysicalFileProvider(System.IO.Path.Combine(views, folder));
        var shared = new PhysicalFileProvider(System.IO.Path.Combine(views, "Shared"));
        var libraries = new PhysicalFileProvider(System.IO.Path.Combine(environment.WebRootPath ?? System.IO.Path.Combine(environment.ContentRootPath, "wwwroot"), "lib", "views"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = libraries, RequestPath = $"{path}/lib" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = shared, RequestPath = $"{path}/shared" });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = page, RequestPath = path });
        app.MapGet(path, () => Results.File(page.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        return app;
    }
}
