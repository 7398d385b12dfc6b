namespace KnowledgeGraph.Api.Views;

/// <summary>The analyst views beside the explorer, each drawn from one GraphQL field.</summary>
internal static class ViewPages
{
    /// <summary>A world map shading the countries an actor works with in a window (<c>partners</c>).</summary>
    public static ViewPage PartnerMap { get; } = new("/map", "Map");

    /// <summary>An entity's relationships on a time axis (<c>timeline</c>).</summary>
    public static ViewPage Timeline { get; } = new("/timeline", "Timeline");

    public static WebApplication MapViews(this WebApplication app)
    {
        PartnerMap.Map(app);
        Timeline.Map(app);
        return app;
    }
}
