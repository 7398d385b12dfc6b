using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Ontology;
using KnowledgeGraph.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Text;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg stats [--json]</c>: counts by entity kind and relationship type of an existing store.</summary>
internal static class StatsCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = ReadableJsonEncoder.Instance };

    public static Command Create()
    {
        var store = new StoreOption();
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON on standard output" };
        var command = store.AddTo(new Command("stats", "Print counts by entity kind and relationship type") { json });
        command.SetGuardedAction(async (parse, cancellationToken) =>
        {
            await using var graph = await store.OpenAsync(parse, SqliteStoreMode.OpenExisting, cancellationToken);
            var statistics = await graph.GetStatisticsAsync(cancellationToken);
            if (!parse.GetValue(json))
            {
                WriteTables(statistics);
                return ExitCodes.Success;
            }

            // Straight to standard output: Spectre would wrap long lines.
            Console.Out.WriteLine(JsonSerializer.Serialize(Report(graph, statistics), Json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static object Report(IGraphStore graph, GraphStatistics statistics) => new
    {
        store = graph.Kind,
        dataFile = (graph as SqliteGraphStore)?.Path,
        version = statistics.Version,
        entities = statistics.EntityCount,
        relationships = statistics.RelationshipCount,
        entitiesByKind = statistics.EntitiesByKind.OrderBy(k => k.Key).ToDictionary(k => k.Key.Name(), k => k.Value),
        relationshipsByType = statistics.RelationshipsByType.OrderBy(t => t.Key).ToDictionary(t => t.Key.Name(), t => t.Value),
    };

    private static void WriteTables(GraphStatistics statistics)
    {
        var entities = new Table().AddColumn("kind").AddColumn(new TableColumn("entities").RightAligned());
        foreach (var (kind, count) in statistics.EntitiesByKind.OrderBy(k => k.Key))
            entities.AddRow(kind.Name(), count.ToString("N0", CultureInfo.CurrentCulture));
        entities.AddRow("[bold]total[/]", $"[bold]{statistics.EntityCount:N0}[/]");
        var relationships = new Table().AddColumn("type").AddColumn(new TableColumn("relationships").RightAligned());
        foreach (var (type, count) in statistics.RelationshipsByType.OrderBy(t => t.Key))
            relationships.AddRow(type.Name(), count.ToString("N0", CultureInfo.CurrentCulture));
        relationships.AddRow("[bold]total[/]", $"[bold]{statistics.RelationshipCount:N0}[/]");
        KgConsole.Out.Write(entities);
        KgConsole.Out.Write(relationships);
        KgConsole.Out.MarkupLineInterpolated($"store version {statistics.Version}");
    }
}
