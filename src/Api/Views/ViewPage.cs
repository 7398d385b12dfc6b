using KnowledgeGraph.Api.Hosting.Pages;

namespace KnowledgeGraph.Api.Views;

/// <summary>
/// One analyst view, served the way every page is: its own folder <c>Views/Page/&lt;folder&gt;</c> at its path, the
/// modules both views share (<c>Views/Page/Shared</c>) at <c>path/shared</c> and the map and timeline libraries at
/// <c>path/lib</c>. Each view carries its own copy of the mounts so either can be registered alone.
/// </summary>
internal sealed class ViewPage(string path, string folder)
{
    public string Path { get; } = path;

    public StaticFileOptions[] Files(IWebHostEnvironment environment) =>
    [
        PageFiles.Libraries(environment, $"{Path}/lib", "views"),
        PageFiles.Folder(environment, $"{Path}/shared", "Views", "Page", "Shared"),
        PageFiles.Folder(environment, Path, "Views", "Page", folder),
    ];

    public void Map(WebApplication app) =>
        app.MapGet(Path, (IWebHostEnvironment environment) => PageFiles.Index(environment, "Views", "Page", folder));
}
