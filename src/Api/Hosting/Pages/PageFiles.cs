using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Hosting.Pages;

/// <summary>
/// Where a static page's files live. Every page has the same shape: its own files in <c>&lt;Feature&gt;/Page</c>
/// (plain ES modules, no bundler), and the npm libraries its build step (<c>&lt;Feature&gt;.targets</c>) copied from
/// <c>&lt;Feature&gt;/client</c> into <c>wwwroot/lib/&lt;feature&gt;</c> (git-ignored; no CDN).
/// </summary>
internal static class PageFiles
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The page's own folder, served under <paramref name="requestPath"/>.</summary>
    public static StaticFileOptions Folder(IWebHostEnvironment environment, string requestPath, params string[] folder) =>
        new() { FileProvider = Provider(environment, folder), RequestPath = requestPath };

    /// <summary>The libraries the build copied for the feature, served under <paramref name="requestPath"/>.</summary>
    public static StaticFileOptions Libraries(IWebHostEnvironment environment, string requestPath, string feature) =>
        new() { FileProvider = new PhysicalFileProvider(Path.Combine(WebRoot(environment), "lib", feature)), RequestPath = requestPath };

    /// <summary>The page's <c>index.html</c>, answered at the page's own address.</summary>
    public static IResult Index(IWebHostEnvironment environment, params string[] folder) =>
        TypedResults.PhysicalFile(Path.Combine([environment.ContentRootPath, .. folder, "index.html"]), HtmlContentType);

    /// <summary>Mounts each of a page's folders, in order.</summary>
    public static IApplicationBuilder UseStaticFiles(this IApplicationBuilder app, IEnumerable<StaticFileOptions> mounts)
    {
        foreach (var mount in mounts)
            app.UseStaticFiles(mount);
        return app;
    }

    private static PhysicalFileProvider Provider(IWebHostEnvironment environment, string[] folder) =>
        new(Path.Combine([environment.ContentRootPath, .. folder]));

    // A fresh clone has no wwwroot until the first build copies the libraries, so the host may not have set WebRootPath.
    private static string WebRoot(IWebHostEnvironment environment) =>
        environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot");
}
