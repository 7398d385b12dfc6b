namespace KnowledgeGraph.Export;

/// <summary>Every export format, by its <c>--format</c> name.</summary>
public static class GraphExporters
{
    /// <summary>The formats <c>kg export</c> offers.</summary>
    public static IReadOnlyList<IGraphExporter> All { get; } =
    [
        new JsonGraphExporter(),
        new Neo4jCsvGraphExporter(),
        new CypherGraphExporter(),
        new GraphMlGraphExporter(),
        new GexfGraphExporter(),
    ];

    /// <summary>The exporter whose <see cref="IGraphExporter.Format"/> is <paramref name="format"/> (ignoring case), or null.</summary>
    public static IGraphExporter? Find(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));
}
