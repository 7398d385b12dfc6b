namespace KnowledgeGraph.Api.Views;

/// <summary>
/// Serves the timeline at <c>/timeline</c>: an entity's relationships on a time axis, drawn from the GraphQL
/// endpoint's <c>timeline</c> only.
/// </summary>
internal static class TimelineExtensions
{
    public const string Path = "/timeline";

    public static WebApplication MapTimelineView(this WebApplication app) => app.MapViewPage(Path, "Timeline");
}
