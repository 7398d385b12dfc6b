namespace KnowledgeGraph.Api.Tests.Explorer.Support;

/// <summary>Where screenshots go so a reviewer can open them after the run.</summary>
internal static class ExplorerPaths
{
    /// <summary>The test output folder's <c>explorer-screenshots</c> (override with KG_SCREENSHOT_DIR).</summary>
    public static string Screenshots { get; } = Environment.GetEnvironmentVariable("KG_SCREENSHOT_DIR") is { Length: > 0 } configured
        ? configured
        : Path.Combine(AppContext.BaseDirectory, "explorer-screenshots");
}
