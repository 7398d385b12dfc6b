using KnowledgeGraph.Api.Curate;
using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Playground;
using KnowledgeGraph.Api.Views;

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Logs the analysts' pages once the server listens, with the address to open (a wildcard binding shown as localhost).
/// Logged rather than written to the console so the lines come after the host's own start-up lines, not among them.
/// </summary>
internal static class PageAddresses
{
    public static WebApplication LogPageAddressesOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => Log(app));
        return app;
    }

    private static void Log(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PageAddresses));
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var local = address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .TrimEnd('/');
            logger.LogInformation(
                "GraphQL playground:       {Playground}\nPartner-network explorer: {Explorer}\nPartner map:              {Map}\nTimeline:                 {Timeline}\nCandidate review:         {Curate}",
                local + PlaygroundEndpoints.Path, local + ExplorerEndpoints.Path, local + ViewPages.PartnerMap.Path, local + ViewPages.Timeline.Path,
                local + CurateEndpoints.Path);
        }
    }
}
