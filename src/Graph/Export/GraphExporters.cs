namespace KnowledgeGraph.Export;

/// <summary>Every export format, by its <c>--format</c> name.</summary>
public static class GraphExporters
{
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new JsonGraphExporter(),
        new Neo4jCsvGraphExporter(),
        new CypherGraphExporter(),
        new GraphMlGraphExporter(),
        new GexfGraphExporter(),
    ];

    public static IGraphExporter? Find(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
