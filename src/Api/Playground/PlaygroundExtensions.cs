using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Api.Playground;

/// <summary>
/// Serves the GraphiQL playground at <c>/playground</c> from our own files (GraphiQL and React come from npm into
/// wwwroot/lib at build time; no CDN) and prints its URL once the server listens.
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
        app.Lifetime.ApplicationStarted.Register(() => PrintUrls(app));
        return app;
    }

    private static void PrintUrls(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var local = address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal);
            Console.WriteLine($"GraphQL playground: {local.TrimEnd('/')}{Path}");
        }
    }
}
