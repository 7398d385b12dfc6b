using KnowledgeGraph.Api.Hosting.Pages;

namespace KnowledgeGraph.Api.Explorer;

/// <summary>
/// The partner-network explorer at <c>/explore</c>: the page from <c>Explorer/Page</c> and its drawing libraries
/// (cytoscape, d3-force) at <c>/explore/lib</c>. The page talks to the GraphQL endpoint only.
/// </summary>
internal static class ExplorerEndpoints
{
    public const string Path = "/explore";
    private static readonly string[] Folder = ["Explorer", "Page"];

    public static StaticFileOptions[] Files(IWebHostEnvironment environment) =>
    [
        PageFiles.Libraries(environment, $"{Path}/lib", "explorer"),
        PageFiles.Folder(environment, Path, Folder),
    ];

    public static WebApplication MapExplorer(this WebApplication app)
    {
        app.MapGet(Path, (IWebHostEnvironment environment) => PageFiles.Index(environment, Folder));
        return app;
    }
}
