namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>Where the seed is, and where screenshots go so a reviewer can open them after the run.</summary>
internal static class ExplorerPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seed");

    /// <summary>The test output folder's <c>explorer-screenshots</c> (override with KG_SCREENSHOT_DIR).</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("KG_SCREENSHOT_DIR") is { Length: > 0 } configured
        ? configured
        : Path.Combine(AppContext.BaseDirectory, "explorer-screenshots");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
