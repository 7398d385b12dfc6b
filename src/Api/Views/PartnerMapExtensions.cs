namespace KnowledgeGraph.Api.Views;

/// <summary>
/// Serves the partner map at <c>/map</c>: a world map shading the countries an actor works with in a window, drawn
/// from the GraphQL endpoint's <c>partners</c> only.
/// </summary>
internal static class PartnerMapExtensions
{
    public const string Path = "/map";

    public static WebApplication MapPartnerMap(this WebApplication app) => app.MapViewPage(Path, "Map");
}
